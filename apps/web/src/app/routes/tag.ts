export { TagPage as Component } from '@guildhall/web-knowledge';
