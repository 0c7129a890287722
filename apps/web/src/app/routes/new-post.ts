export { NewPostPage as Component } from '@guildhall/web-knowledge';
