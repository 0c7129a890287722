export { AuditLogPage as Component } from '@guildhall/web-audit';
