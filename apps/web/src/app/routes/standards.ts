export { StandardsPage as Component } from '@guildhall/web-standards';
