export { EditPostPage as Component } from '@guildhall/web-knowledge';
