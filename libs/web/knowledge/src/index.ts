export { FeedPage } from './lib/feed-page';
export { GuildPosts } from './lib/guild-posts';
export { PostPage } from './lib/post/post-page';
export { NewPostPage, EditPostPage } from './lib/post-editor-page';
export { SearchPage } from './lib/search-page';
export { HeaderSearch } from './lib/header-search';
export { TagsPage, TagPage } from './lib/tags-page';
