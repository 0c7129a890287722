import { TestApi } from './test-api';
import { Person } from './people';

/** Org-structure operations as a client sends them, for the org API tests. */
export const ORG = {
  createTribe: `mutation($input: CreateTribeInput!) { createTribe(input: $input) { id slug name mission } }`,
  updateTribe: `mutation($id: ID!, $input: UpdateTribeInput!) { updateTribe(id: $id, input: $input) { id slug name mission } }`,
  setTrio: `mutation($input: SetTrioInput!) { setTrio(input: $input) { id trio { complete tribeLead { id } productLead { id } designLead { id } } } }`,
  createSquad: `mutation($input: CreateSquadInput!) { createSquad(input: $input) { id slug name framework tribe { id } } }`,
  updateSquad: `mutation($id: ID!, $input: UpdateSquadInput!) { updateSquad(id: $id, input: $input) { id slug name mission framework productOwner { id } agileCoach { id } } }`,
  addSquadMember: `mutation($squadId: ID!, $userId: ID!) { addSquadMember(squadId: $squadId, userId: $userId) { id memberCount members { id } } }`,
  removeSquadMember: `mutation($squadId: ID!, $userId: ID!) { removeSquadMember(squadId: $squadId, userId: $userId) { id memberCount } }`,
  createChapter: `mutation($input: CreateChapterInput!) { createChapter(input: $input) { id slug name discipline lead { id } tribe { id } } }`,
  setChapterLead: `mutation($chapterId: ID!, $userId: ID!) { setChapterLead(chapterId: $chapterId, userId: $userId) { id lead { id } } }`,
  addChapterMember: `mutation($chapterId: ID!, $userId: ID!) { addChapterMember(chapterId: $chapterId, userId: $userId) { id memberCount members { id } } }`,
  removeChapterMember: `mutation($chapterId: ID!, $userId: ID!) { removeChapterMember(chapterId: $chapterId, userId: $userId) { id memberCount } }`,
  createGuild: `mutation($input: CreateGuildInput!) { createGuild(input: $input) { id slug name description memberCount viewerIsMember coordinators { id } } }`,
  personOrg: `query($id: ID!) { user(id: $id) { id squad { id name } chapter { id name } guilds { id slug } } }`,
};

export async function createTribe(api: TestApi, admin: Person, name: string, mission?: string): Promise<{ id: string; slug: string }> {
  return (await api.ok(ORG.createTribe, { input: { name, mission } }, { token: admin.token })).createTribe;
}

export async function createSquad(api: TestApi, as: Person, tribeId: string, name: string): Promise<{ id: string; slug: string }> {
  return (await api.ok(ORG.createSquad, { input: { tribeId, name } }, { token: as.token })).createSquad;
}

export async function createChapter(api: TestApi, as: Person, tribeId: string, name: string, discipline = 'Backend'): Promise<{ id: string; slug: string }> {
  return (await api.ok(ORG.createChapter, { input: { tribeId, name, discipline } }, { token: as.token })).createChapter;
}

export async function addSquadMember(api: TestApi, as: Person, squadId: string, userId: string) {
  return (await api.ok(ORG.addSquadMember, { squadId, userId }, { token: as.token })).addSquadMember;
}

export async function setTribeLead(api: TestApi, admin: Person, tribeId: string, userId: string) {
  await api.ok(ORG.setTrio, { input: { tribeId, tribeLeadId: userId } }, { token: admin.token });
}

export async function personOrg(api: TestApi, as: Person, id: string) {
  return (await api.ok(ORG.personOrg, { id }, { token: as.token })).user;
}
