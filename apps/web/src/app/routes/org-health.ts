export { OrgHealthPage as Component } from '@guildhall/web-org';
