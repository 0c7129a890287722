import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@guildhall/api-core';
import { AuditEntry, AuditEntryConnection } from './audit-entry.model';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(private readonly entries: AuditLogService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Admins only (FORBIDDEN otherwise): privileged actions (roles, structure, imports, invitations, moderation), newest first.',
  })
  auditLog(@CurrentViewer() viewer: Viewer, @Args() args: AuditLogArgs) {
    return this.entries.list(viewer, args);
  }
}
