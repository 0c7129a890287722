export { ImportPage as Component } from '@guildhall/web-org';
