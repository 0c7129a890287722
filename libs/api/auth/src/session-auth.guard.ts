import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { IS_PUBLIC, isDatabaseUnavailable, unauthenticated, Viewer } from '@guildhall/api-core';
import { tokenFrom } from './session.strategy';

/**
 * Global guard: resolves the viewer from the session on every operation, and refuses
 * operations not marked @Public() when nobody is signed in.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): Request {
    if (context.getType<GqlContextType>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
    return context.switchToHttp().getRequest();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = this.getRequest(context);
    req.sessionCheck ??= Promise.resolve()
      .then(() => super.canActivate(context) as Promise<boolean>)
      .then(
        () => undefined,
        (e) => {
          if (isDatabaseUnavailable(e)) throw e; // SERVICE_UNAVAILABLE, not "signed out"
          req.user = undefined;
        },
      );
    await req.sessionCheck;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || req.user) return true;
    throw tokenFrom(req) !== undefined
      ? unauthenticated('Your session has ended or is not valid. Sign in again.')
      : unauthenticated('Sign in to continue.');
  }

  override handleRequest<TUser = Viewer>(err: unknown, user: TUser | false): TUser {
    if (isDatabaseUnavailable(err)) throw err;
    return (user || undefined) as TUser;
  }
}
