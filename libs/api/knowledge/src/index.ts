export * from './knowledge.module';
export * from './post/post.model';
export * from './comment/comment.model';
