import { Type } from '@nestjs/common';
import { AUDIT_RESOLVERS } from '@guildhall/api-audit';
import { AUTH_RESOLVERS } from '@guildhall/api-auth';
import { KNOWLEDGE_RESOLVERS } from '@guildhall/api-knowledge';
import { ORG_RESOLVERS } from '@guildhall/api-org';

/** Every context's resolvers: the served schema, and what tools/schema prints. */
export const API_RESOLVERS: Type[] = [...AUTH_RESOLVERS, ...ORG_RESOLVERS, ...KNOWLEDGE_RESOLVERS, ...AUDIT_RESOLVERS];
