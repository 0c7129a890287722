export { AuditLogPage } from './lib/audit-log-page';
