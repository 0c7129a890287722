export { PostPage as Component } from '@guildhall/web-knowledge';
