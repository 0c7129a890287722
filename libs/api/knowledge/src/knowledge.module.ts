import { Module, Type } from '@nestjs/common';
import { AuthModule } from '@guildhall/api-auth';
import { OrgModule } from '@guildhall/api-org';
import { StandardsModule } from '@guildhall/api-standards';
import { CommentResolver } from './comment/comment.resolver';
import { CommentRepository } from './comment/comment.repository';
import { CommentsService } from './comment/comments.service';
import { KnowledgeLoaders } from './knowledge.loaders';
import { Knowledge1763800200000 } from './migrations/1763800200000-knowledge';
import { PostsInlineSearch1763800500000 } from './migrations/1763800500000-posts-inline-search';
import { PostsSearchHead1763803100000 } from './migrations/1763803100000-posts-search-head';
import { GuildPostsResolver } from './post/guild-posts.resolver';
import { PostConnectionResolver } from './post/post-connection.resolver';
import { PostResolver } from './post/post.resolver';
import { PostRepository } from './post/post.repository';
import { PostsService } from './post/posts.service';
import { SearchResolver } from './search/search.resolver';
import { SearchRepository } from './search/search.repository';
import { SearchService } from './search/search.service';

export const KNOWLEDGE_MIGRATIONS: Function[] = [Knowledge1763800200000, PostsInlineSearch1763800500000, PostsSearchHead1763803100000];
export const KNOWLEDGE_RESOLVERS: Type[] = [PostResolver, PostConnectionResolver, GuildPostsResolver, CommentResolver, SearchResolver];

@Module({
  imports: [AuthModule, OrgModule, StandardsModule],
  providers: [PostRepository, CommentRepository, SearchRepository, PostsService, CommentsService, SearchService, KnowledgeLoaders, ...KNOWLEDGE_RESOLVERS],
})
export class KnowledgeModule {}
