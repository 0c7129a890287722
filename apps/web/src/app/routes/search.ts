export { SearchPage as Component } from '@guildhall/web-knowledge';
