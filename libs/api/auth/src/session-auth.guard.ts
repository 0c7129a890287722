import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GqlContext, IS_PUBLIC, unauthenticated } from '@guildhall/api-core';
import { checkSession } from './session-check';
import { tokenFrom } from './session.strategy';

/**
 * Global guard: resolves the viewer from the session on every operation (the request's one
 * look-up, checkSession), and refuses operations not marked @Public() when nobody is signed in.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req, res } =
      context.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<GqlContext>()
        : { req: context.switchToHttp().getRequest<Request>(), res: context.switchToHttp().getResponse<Response>() };
    await checkSession(req, res);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || req.user) return true;
    throw tokenFrom(req) !== undefined
      ? unauthenticated('Your session has ended or is not valid. Sign in again.')
      : unauthenticated('Sign in to continue.');
  }
}
