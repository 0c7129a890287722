import { addComment, addSquadMember, createChapter, createGuild, createPost, createSquad, createTribe, errorCode, Fixtures, joinGuild, makeAdmin, ORG, Person, TestApi } from '@guildhall/api-testing';

const AUDIT_LOG = `query AuditLog($first: Int, $after: String, $action: String, $subjectType: String, $subjectId: ID, $actorId: ID) {
  auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType, subjectId: $subjectId, actorId: $actorId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt actorId actorName action subjectType subjectId subjectLabel before after } }
  }
}`;
const SET_ROLE = `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id role } }`;
const IMPORT = `mutation($yaml: String!, $dryRun: Boolean) { importOrg(yaml: $yaml, dryRun: $dryRun) { created updated unchanged errors } }`;
const INVITE = `mutation($id: ID!) { createInvitation(userId: $id) { path } }`;
const PIN = `mutation($id: ID!, $pinned: Boolean!) { pinPost(postId: $id, pinned: $pinned) { id pinned } }`;
const LOCK = `mutation($id: ID!, $locked: Boolean!) { lockPost(postId: $id, locked: $locked) { id locked } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(id: $id) }`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(id: $id) }`;

interface Entry {
  id: string;
  occurredAt: string;
  actorId: string;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  subjectLabel: string;
  before: string | null;
  after: string | null;
}

/** Privileged actions leave an entry, in the same transaction; only admins read the log. */
describe('audit log', () => {
  let api: TestApi;
  let fx: Fixtures;
  let admin: Person;
  let member: Person;
  let coordinator: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api, { displayName: 'Ada Admin' });
    admin = fx.admin;
    member = await fx.member({ displayName: 'Milo Member' });
    coordinator = await fx.member({ displayName: 'Cora Coordinator' });
  });
  afterAll(() => api?.stop());

  async function log(args: Record<string, unknown> = {}, as: Person = admin) {
    return (await api.ok(AUDIT_LOG, args, { token: as.token })).auditLog as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: Entry }[];
    };
  }

  /** The newest entry of an action, with its values parsed. */
  async function latest(action: string) {
    const page = await log({ action, first: 1 });
    expect(page.edges).toHaveLength(1);
    const entry = page.edges[0].node;
    return { ...entry, before: entry.before && JSON.parse(entry.before), after: entry.after && JSON.parse(entry.after) };
  }

  async function total(): Promise<number> {
    return (await log({ first: 1 })).totalCount;
  }

  it('records a role change with who, what, when and the role before and after', async () => {
    const before = Date.now();
    await api.ok(SET_ROLE, { id: member.id, role: 'ADMIN' }, { token: admin.token });
    const entry = await latest('user.role.changed');
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorName: 'Ada Admin',
      subjectType: 'user',
      subjectId: member.id,
      subjectLabel: 'Milo Member',
      before: { role: 'MEMBER' },
      after: { role: 'ADMIN' },
    });
    expect(new Date(entry.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    await api.ok(SET_ROLE, { id: member.id, role: 'MEMBER' }, { token: admin.token });
    expect((await latest('user.role.changed')).after).toEqual({ role: 'MEMBER' });
    // Setting the role a person already has changes nothing and records nothing.
    const count = await total();
    await api.ok(SET_ROLE, { id: member.id, role: 'MEMBER' }, { token: admin.token });
    expect(await total()).toBe(count);
  });

  it('records structure changes: tribes, trios, squads and their roles, chapters, guilds and moved memberships', async () => {
    const tribe = await createTribe(api, admin, 'Payments', 'Money moves');
    expect(await latest('tribe.created')).toMatchObject({ actorId: admin.id, subjectId: tribe.id, subjectLabel: 'Payments', before: null, after: { name: 'Payments', mission: 'Money moves' } });

    await api.ok(ORG.updateTribe, { id: tribe.id, input: { name: 'Payments & Billing' } }, { token: admin.token });
    expect(await latest('tribe.updated')).toMatchObject({ subjectId: tribe.id, before: { name: 'Payments' }, after: { name: 'Payments & Billing' } });

    await api.ok(ORG.setTrio, { input: { tribeId: tribe.id, tribeLeadId: coordinator.id } }, { token: admin.token });
    expect(await latest('tribe.trio.changed')).toMatchObject({ subjectType: 'tribe', before: { tribeLeadId: null }, after: { tribeLeadId: coordinator.id } });

    // The tribe lead acts too, and is the recorded actor.
    const squad = await createSquad(api, coordinator, tribe.id, 'Checkout');
    expect(await latest('squad.created')).toMatchObject({ actorId: coordinator.id, actorName: 'Cora Coordinator', subjectId: squad.id, after: { name: 'Checkout', tribeId: tribe.id } });
    await api.ok(ORG.updateSquad, { id: squad.id, input: { productOwnerId: member.id } }, { token: coordinator.token });
    expect(await latest('squad.updated')).toMatchObject({ subjectId: squad.id, before: { productOwnerId: null }, after: { productOwnerId: member.id } });

    await addSquadMember(api, admin, squad.id, member.id);
    expect(await latest('squad.member.added')).toMatchObject({ subjectType: 'user', subjectId: member.id, subjectLabel: 'Milo Member', before: null, after: { squadId: squad.id } });
    const other = await createSquad(api, admin, tribe.id, 'Invoices');
    await addSquadMember(api, admin, other.id, member.id);
    expect(await latest('squad.member.moved')).toMatchObject({ subjectId: member.id, before: { squadId: squad.id, squad: 'Checkout' }, after: { squadId: other.id, squad: 'Invoices' } });

    const chapter = await createChapter(api, admin, tribe.id, 'Backend Payments');
    expect(await latest('chapter.created')).toMatchObject({ subjectId: chapter.id, after: { name: 'Backend Payments', discipline: 'Backend' } });
    await api.ok(ORG.setChapterLead, { chapterId: chapter.id, userId: member.id }, { token: admin.token });
    expect(await latest('chapter.lead.changed')).toMatchObject({ subjectId: chapter.id, before: { leadId: null }, after: { leadId: member.id } });
    await api.ok(ORG.addChapterMember, { chapterId: chapter.id, userId: member.id }, { token: admin.token });
    expect(await latest('chapter.member.added')).toMatchObject({ subjectId: member.id, after: { chapterId: chapter.id } });
    await api.ok(ORG.removeChapterMember, { chapterId: chapter.id, userId: member.id }, { token: admin.token });
    expect(await latest('chapter.member.removed')).toMatchObject({ subjectId: member.id, before: { chapterId: chapter.id }, after: null });
    await api.ok(ORG.removeSquadMember, { squadId: other.id, userId: member.id }, { token: admin.token });
    expect(await latest('squad.member.removed')).toMatchObject({ subjectId: member.id, before: { squadId: other.id }, after: null });

    // Idempotent removals that change nothing record nothing.
    const count = await total();
    await api.ok(ORG.removeSquadMember, { squadId: other.id, userId: member.id }, { token: admin.token });
    expect(await total()).toBe(count);

    const guild = await createGuild(api, member, 'Testing Guild');
    expect(await latest('guild.created')).toMatchObject({ actorId: member.id, subjectType: 'guild', subjectId: guild.id, subjectLabel: 'Testing Guild' });
  });

  it('records a Backstage import (not a dry run) and an invitation, without emails or the invitation token', async () => {
    const yaml = `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: { name: imported-ivy }\nspec:\n  profile: { displayName: Imported Ivy, email: ivy.private@example.com }\n`;
    const count = await total();
    await api.ok(IMPORT, { yaml, dryRun: true }, { token: admin.token });
    expect(await total()).toBe(count);

    await api.ok(IMPORT, { yaml }, { token: admin.token });
    expect(await latest('org.imported')).toMatchObject({
      actorId: admin.id,
      subjectType: 'organisation',
      subjectId: null,
      after: { people: 1, groups: 0, created: 1, updated: 0, unchanged: 0, errors: 0 },
    });

    const users = await api.ok(`query { users(search: "Imported Ivy") { edges { node { id } } } }`, {}, { token: admin.token });
    const ivy = users.users.edges[0].node.id;
    const invitation = (await api.ok(INVITE, { id: ivy }, { token: admin.token })).createInvitation;
    const entry = await latest('user.invited');
    expect(entry).toMatchObject({ actorId: admin.id, subjectId: ivy, subjectLabel: 'Imported Ivy' });
    expect(new Date(entry.after.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const everything = JSON.stringify((await log({ first: 100 })).edges);
    expect(everything).not.toContain('ivy.private');
    expect(everything).not.toContain(member.email);
    expect(everything).not.toContain(invitation.path.split('/').pop());
  });

  it("records moderation: pinning, locking and deleting other people's posts and comments, not authors deleting their own", async () => {
    const guild = await createGuild(api, coordinator, 'Moderated Guild');
    await joinGuild(api, member, guild.id);
    const post = await createPost(api, member, { guildId: guild.id, title: 'A post to moderate' });

    await api.ok(PIN, { id: post.id, pinned: true }, { token: coordinator.token });
    expect(await latest('post.pinned')).toMatchObject({ actorId: coordinator.id, subjectType: 'post', subjectId: post.id, subjectLabel: 'A post to moderate', before: { pinned: false }, after: { pinned: true } });
    await api.ok(LOCK, { id: post.id, locked: true }, { token: coordinator.token });
    expect(await latest('post.locked')).toMatchObject({ actorId: coordinator.id, before: { locked: false }, after: { locked: true } });
    await api.ok(LOCK, { id: post.id, locked: false }, { token: admin.token });
    expect(await latest('post.unlocked')).toMatchObject({ actorId: admin.id, after: { locked: false } });

    const comment = await addComment(api, member, post.id, 'An off-topic remark that a coordinator removes');
    await api.ok(DELETE_COMMENT, { id: comment.id }, { token: coordinator.token });
    expect(await latest('comment.deleted')).toMatchObject({
      actorId: coordinator.id,
      subjectType: 'comment',
      subjectId: comment.id,
      before: { authorId: member.id, postId: post.id, body: 'An off-topic remark that a coordinator removes' },
    });

    // Authors removing their own content is not moderation.
    const own = await addComment(api, member, post.id, 'My own comment');
    const ownPost = await createPost(api, member, { guildId: guild.id, title: 'My own post' });
    const count = await total();
    await api.ok(DELETE_COMMENT, { id: own.id }, { token: member.token });
    await api.ok(DELETE_POST, { id: ownPost.id }, { token: member.token });
    expect(await total()).toBe(count);

    await api.ok(DELETE_POST, { id: post.id }, { token: coordinator.token });
    expect(await latest('post.deleted')).toMatchObject({ actorId: coordinator.id, subjectId: post.id, subjectLabel: 'A post to moderate', before: { authorId: member.id, guildId: guild.id }, after: null });
  });

  it('a refused action records nothing', async () => {
    const count = await total();
    expect(errorCode(await api.gql(SET_ROLE, { id: coordinator.id, role: 'ADMIN' }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ORG.createTribe, { input: { name: 'Not allowed' } }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(SET_ROLE, { id: admin.id, role: 'MEMBER' }, { token: admin.token }))).toBe('CONFLICT');
    expect(errorCode(await api.gql(ORG.createTribe, { input: { name: '' } }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect(await total()).toBe(count);
  });

  it('an entry commits with its action: an action failing after the entry is written leaves no entry', async () => {
    const guild = await createGuild(api, coordinator);
    const post = await createPost(api, coordinator, { guildId: guild.id });
    const count = await total();
    // The pin's UPDATE fails after the audit entry has been written in the same transaction.
    await api.sql(`CREATE FUNCTION refuse_pin() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'pin refused'; END $$`);
    await api.sql(`CREATE TRIGGER refuse_pin BEFORE UPDATE OF pinned ON posts FOR EACH ROW EXECUTE FUNCTION refuse_pin()`);
    try {
      expect(errorCode(await api.gql(PIN, { id: post.id, pinned: true }, { token: coordinator.token }))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.sql(`DROP TRIGGER refuse_pin ON posts; DROP FUNCTION refuse_pin()`);
    }
    expect(await total()).toBe(count);
  });

  it('an action whose entry cannot be written does not happen', async () => {
    const target = await fx.member();
    await api.sql(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
    await api.sql(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_audit()`);
    try {
      expect(errorCode(await api.gql(SET_ROLE, { id: target.id, role: 'ADMIN' }, { token: admin.token }))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.sql(`DROP TRIGGER refuse_audit ON audit_entries; DROP FUNCTION refuse_audit()`);
    }
    const user = await api.ok(`query($id: ID!) { user(id: $id) { role } }`, { id: target.id }, { token: admin.token });
    expect(user.user.role).toBe('MEMBER');
  });

  it('admins read it newest first, page by page with keyset cursors, filtered by action, subject or actor', async () => {
    const all = await log({ first: 100 });
    expect(all.totalCount).toBeGreaterThan(10);
    const times = all.edges.map((e) => new Date(e.node.occurredAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const first = await log({ first: 5 });
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await log({ first: 5, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(5);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 10).map((e) => e.node.id));
    expect(second.totalCount).toBe(all.totalCount);

    const roles = await log({ action: 'user.role.changed' });
    expect(roles.totalCount).toBeGreaterThanOrEqual(2);
    expect(roles.edges.every((e) => e.node.action === 'user.role.changed')).toBe(true);

    const aboutMember = await log({ subjectType: 'user', subjectId: member.id });
    expect(aboutMember.edges.length).toBeGreaterThan(3);
    expect(aboutMember.edges.every((e) => e.node.subjectId === member.id)).toBe(true);

    const byCoordinator = await log({ actorId: coordinator.id });
    expect(byCoordinator.edges.length).toBeGreaterThan(0);
    expect(byCoordinator.edges.every((e) => e.node.actorId === coordinator.id)).toBe(true);

    const clamped = await log({ first: 1000 });
    expect(clamped.edges.length).toBeLessThanOrEqual(100);
  });

  it('refuses forged cursors and malformed filters as client mistakes', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect(errorCode(await api.gql(AUDIT_LOG, { after: forged }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(AUDIT_LOG, { actorId: 'not-a-uuid' }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(AUDIT_LOG, { action: 'x'.repeat(1000) }, { token: admin.token }))).toBe('BAD_USER_INPUT');
  });

  it('nobody else can read it: FORBIDDEN for members, UNAUTHENTICATED when signed out', async () => {
    const asMember = await api.gql(AUDIT_LOG, {}, { token: member.token });
    expect(errorCode(asMember)).toBe('FORBIDDEN');
    expect(asMember.data?.auditLog ?? null).toBeNull();
    const signedOut = await api.gql(AUDIT_LOG, {});
    expect(errorCode(signedOut)).toBe('UNAUTHENTICATED');
    // A member made admin can read it; demoted again, cannot.
    const promoted = await makeAdmin(api, admin, coordinator);
    expect((await log({ first: 1 }, promoted)).totalCount).toBeGreaterThan(0);
    await api.ok(SET_ROLE, { id: coordinator.id, role: 'MEMBER' }, { token: admin.token });
    expect(errorCode(await api.gql(AUDIT_LOG, {}, { token: coordinator.token }))).toBe('FORBIDDEN');
  });
});
