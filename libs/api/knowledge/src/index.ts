export * from './knowledge.module';
export * from './post/post.model';
export * from './post/post.record';
export * from './post/post-seeding';
export * from './comment/comment.model';
export * from './comment/comment.record';
