export { FeedPage as Component } from '@guildhall/web-knowledge';
