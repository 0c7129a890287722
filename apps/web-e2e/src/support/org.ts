import type { APIRequestContext } from '@playwright/test';
import { DEMO_ADMIN, DEMO_PASSWORD, gql } from './fixtures';

export async function signInViaApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  return gql<{ signIn: { user: { id: string } } }>(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
    input: { email, password },
  });
}

export async function asAdmin(request: APIRequestContext) {
  await signInViaApi(request, DEMO_ADMIN.email);
}

export async function userId(request: APIRequestContext, search: string): Promise<string> {
  const data = await gql<{ users: { edges: { node: { id: string } }[] } }>(request, 'query ($s: String) { users(first: 1, search: $s) { edges { node { id } } } }', { s: search });
  return data.users.edges[0].node.id;
}

export async function createTribe(request: APIRequestContext, name: string) {
  const d = await gql<{ createTribe: { id: string; slug: string } }>(request, 'mutation ($i: CreateTribeInput!) { createTribe(input: $i) { id slug } }', { i: { name } });
  return d.createTribe;
}

export async function createSquad(request: APIRequestContext, tribeId: string, name: string) {
  const d = await gql<{ createSquad: { id: string; slug: string } }>(request, 'mutation ($i: CreateSquadInput!) { createSquad(input: $i) { id slug } }', {
    i: { tribeId, name },
  });
  return d.createSquad;
}

export async function createChapter(request: APIRequestContext, tribeId: string, name: string, discipline: string) {
  const d = await gql<{ createChapter: { id: string; slug: string } }>(request, 'mutation ($i: CreateChapterInput!) { createChapter(input: $i) { id slug } }', {
    i: { tribeId, name, discipline },
  });
  return d.createChapter;
}

export async function addSquadMember(request: APIRequestContext, squadId: string, uid: string) {
  await gql(request, 'mutation ($s: ID!, $u: ID!) { addSquadMember(squadId: $s, userId: $u) { id } }', { s: squadId, u: uid });
}

export async function addChapterMember(request: APIRequestContext, chapterId: string, uid: string) {
  await gql(request, 'mutation ($c: ID!, $u: ID!) { addChapterMember(chapterId: $c, userId: $u) { id } }', { c: chapterId, u: uid });
}

export async function createGuild(request: APIRequestContext, name: string, description?: string) {
  const d = await gql<{ createGuild: { id: string; slug: string } }>(request, 'mutation ($i: CreateGuildInput!) { createGuild(input: $i) { id slug } }', {
    i: { name, description },
  });
  return d.createGuild;
}
