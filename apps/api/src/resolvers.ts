import { Type } from '@nestjs/common';
import { CONTEXTS } from './contexts';

/** Every context's resolvers: the served schema, and what tools/schema prints. */
export const API_RESOLVERS: Type[] = CONTEXTS.flatMap((context) => context.resolvers);
