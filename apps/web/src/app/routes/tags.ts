export { TagsPage as Component } from '@guildhall/web-knowledge';
