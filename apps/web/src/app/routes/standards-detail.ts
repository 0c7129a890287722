export { StandardPage as Component } from '@guildhall/web-standards';
