import { Module, Type } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditEntries1763800900000 } from './migrations/1763800900000-audit-entries';

export const AUDIT_MIGRATIONS: Function[] = [AuditEntries1763800900000];
export const AUDIT_RESOLVERS: Type[] = [AuditLogResolver];

/** Listens for PrivilegedActionTaken from every context; no context imports this one. */
@Module({ providers: [AuditLogService, ...AUDIT_RESOLVERS] })
export class AuditModule {}
