import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig, CurrentViewer, GqlContext, Public, Viewer } from '@guildhall/api-core';
import { AuthResult, AuthService } from './auth.service';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { AuthPayload, User } from './user.model';
import { UsersService } from './users.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null when signed out. Open to everyone.' })
  me(@CurrentViewer() viewer: Viewer | null) {
    return viewer ? this.users.get(viewer.id) : null;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Open to everyone. The first account on an empty instance becomes ADMIN. Duplicate email: CONFLICT.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext) {
    return this.withCookie(ctx, await this.auth.signUp(input, clientIp(ctx.req)));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Open to everyone. Wrong email or password: UNAUTHENTICATED with one message for both.',
  })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext) {
    return this.withCookie(ctx, await this.auth.signIn(input, clientIp(ctx.req)));
  }

  @Mutation(() => Boolean, { description: "Ends the current session; its tokens stop working." })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    await this.auth.signOut(viewer);
    clearSessionCookie(ctx.res, this.config);
    return true;
  }

  private withCookie(ctx: GqlContext, result: AuthResult): AuthResult {
    setSessionCookie(ctx.res, result.accessToken, this.config);
    return result;
  }
}

function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

