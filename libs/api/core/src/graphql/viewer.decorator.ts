import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GqlContext, Viewer } from './request-context';

/** Marks an operation as open to people who are not signed in. Everything else requires a session. */
export const IS_PUBLIC = 'guildhall:isPublic';
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The signed-in person (guaranteed on non-public operations). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null => {
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  return ctx.req.user ?? null;
});
