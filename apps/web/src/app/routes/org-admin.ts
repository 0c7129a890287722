export { OrgAdminPage as Component } from '@guildhall/web-org';
