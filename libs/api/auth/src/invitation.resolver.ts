import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, CurrentViewer, GqlContext, Public, Viewer } from '@guildhall/api-core';
import { Invitation } from './invitation.model';
import { InvitationService } from './invitation.service';
import { setSessionCookie } from './session-cookie';
import { AuthPayload } from './user.model';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Invitation, {
    description: 'Admins only. A one-time link for a person who arrived by import to set a password. Already claimed: CONFLICT.',
  })
  createInvitation(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }) userId: string) {
    return this.invitations.create(viewer, userId);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Open to everyone with the link: sets the password, consumes the token and signs in. Used or expired: BAD_USER_INPUT.',
  })
  async acceptInvitation(@Args('token') token: string, @Args('password') password: string, @Context() ctx: GqlContext) {
    const result = await this.invitations.accept(token, password);
    setSessionCookie(ctx.res, result.accessToken, this.config);
    return result;
  }
}
