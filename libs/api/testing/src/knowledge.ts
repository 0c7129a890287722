import { randomBytes } from 'node:crypto';
import { TestApi } from './test-api';
import { Person } from './people';

/** Helpers for the knowledge context's API tests: guilds to post in, posts, comments. */

export interface TestGuild {
  id: string;
  slug: string;
  name: string;
}

export async function createGuild(api: TestApi, coordinator: Person, name = `Guild ${randomBytes(3).toString('hex')}`): Promise<TestGuild> {
  const data = await api.ok(`mutation($input: CreateGuildInput!) { createGuild(input: $input) { id slug name } }`, { input: { name } }, { token: coordinator.token });
  return data.createGuild;
}

export async function joinGuild(api: TestApi, person: Person, guildId: string): Promise<void> {
  await api.ok(`mutation($id: ID!) { joinGuild(guildId: $id) { id } }`, { id: guildId }, { token: person.token });
}

export async function volunteer(api: TestApi, person: Person, guildId: string): Promise<void> {
  await api.ok(`mutation($id: ID!) { volunteerAsCoordinator(guildId: $id) { id } }`, { id: guildId }, { token: person.token });
}

export const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) { id kind title body tags pinned locked score commentCount createdAt updatedAt author { id } guild { id } }
}`;

export interface PostInput {
  guildId: string;
  title?: string;
  body?: string;
  kind?: 'ARTICLE' | 'QUESTION' | 'ANNOUNCEMENT';
  tags?: string[];
}

export async function createPost(api: TestApi, author: Person, input: PostInput): Promise<{ id: string; [k: string]: any }> {
  const data = await api.ok(
    CREATE_POST,
    { input: { title: 'A post about something', body: 'Some **Markdown** body.', ...input } },
    { token: author.token },
  );
  return data.createPost;
}

export const ADD_COMMENT = `mutation AddComment($postId: ID!, $body: String!, $parentId: ID) {
  addComment(postId: $postId, body: $body, parentId: $parentId) { id body parent { id } post { id commentCount } author { id } }
}`;

export async function addComment(api: TestApi, author: Person, postId: string, body = 'A helpful answer.', parentId?: string): Promise<{ id: string; [k: string]: any }> {
  const data = await api.ok(ADD_COMMENT, { postId, body, parentId }, { token: author.token });
  return data.addComment;
}
