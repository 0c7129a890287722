import { CREATE_POST, createPost, errorCode, Fixtures, Person, TestApi, TestGuild } from '@guildhall/api-testing';

/** Posting: who may write what, tags, validation, editing, deleting, pinning and locking. */
describe('posts', () => {
  let api: TestApi;
  let admin: Person; // not a member of the guild
  let coordinator: Person; // created the guild
  let member: Person;
  let otherMember: Person;
  let outsider: Person;
  let guild: TestGuild;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api);
    admin = fx.admin;
    [member, otherMember] = await fx.members(2);
    ({ guild, coordinator } = await fx.guild({ members: [member, otherMember] }));
    outsider = await fx.outsider();
  });

  afterAll(() => api?.stop());

  const create = (who: Person, input: Record<string, unknown>) =>
    api.gql(CREATE_POST, { input: { guildId: guild.id, title: 'How we run guild meetups', body: 'Body', ...input } }, { token: who.token });

  describe('createPost', () => {
    it('lets a member post an article by default, stored exactly as written', async () => {
      const body = '# Heading\n\n<script>alert(1)</script>\n\n  * list item  \n';
      const res = await create(member, { body, tags: ['  Kotlin ', 'kotlin', 'Machine Learning'] });
      expect(res.errors).toBeUndefined();
      const post = res.data.createPost;
      expect(post).toMatchObject({ kind: 'ARTICLE', body, tags: ['kotlin', 'machine-learning'], pinned: false, locked: false, score: 0, commentCount: 0 });
      expect(post.author.id).toBe(member.id);
      expect(post.guild.id).toBe(guild.id);
    });

    it('refuses someone who has not joined the guild (FORBIDDEN), even an admin', async () => {
      expect(errorCode(await create(outsider, {}))).toBe('FORBIDDEN');
      expect(errorCode(await create(admin, {}))).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for a guild that does not exist', async () => {
      expect(errorCode(await create(member, { guildId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });

    it('lets only coordinators post announcements', async () => {
      expect(errorCode(await create(member, { kind: 'ANNOUNCEMENT' }))).toBe('FORBIDDEN');
      const res = await create(coordinator, { kind: 'ANNOUNCEMENT' });
      expect(res.errors).toBeUndefined();
      expect(res.data.createPost.kind).toBe('ANNOUNCEMENT');
    });

    it('accepts at most 5 distinct tags (BAD_USER_INPUT beyond)', async () => {
      const five = await create(member, { tags: ['a', 'b', 'c', 'd', 'e', 'E', ' a '] });
      expect(five.data.createPost.tags).toEqual(['a', 'b', 'c', 'd', 'e']);
      const six = await create(member, { tags: ['a', 'b', 'c', 'd', 'e', 'f'] });
      expect(errorCode(six)).toBe('BAD_USER_INPUT');
      expect(six.errors![0].extensions!.field).toBe('tags');
    });

    it('refuses malformed tags', async () => {
      expect(errorCode(await create(member, { tags: ['<b>'] }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create(member, { tags: ['x'.repeat(33)] }))).toBe('BAD_USER_INPUT');
    });

    it('validates title and body lengths', async () => {
      expect(errorCode(await create(member, { title: '  a ' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create(member, { title: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create(member, { body: '   \n ' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await create(member, { body: 'x'.repeat(40_001) }))).toBe('BAD_USER_INPUT');
      const ok = await create(member, { title: '  Exactly   fine  ', body: 'x'.repeat(40_000) });
      expect(ok.data.createPost.title).toBe('Exactly fine');
    });
  });

  describe('updatePost', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { id title body tags updatedAt } }`;

    it('lets the author edit title, body and tags', async () => {
      const post = await createPost(api, member, { guildId: guild.id, tags: ['old'] });
      const res = await api.gql(UPDATE, { id: post.id, input: { title: 'A better title', tags: ['New', 'other'] } }, { token: member.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.updatePost).toMatchObject({ title: 'A better title', body: post.body, tags: ['new', 'other'] });
      expect(new Date(res.data.updatePost.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(post.updatedAt).getTime());
    });

    it('refuses everyone else, coordinators and admins included (FORBIDDEN)', async () => {
      const post = await createPost(api, member, { guildId: guild.id });
      for (const who of [otherMember, coordinator, admin]) {
        expect(errorCode(await api.gql(UPDATE, { id: post.id, input: { title: 'Hijacked title' } }, { token: who.token }))).toBe('FORBIDDEN');
      }
    });

    it('validates the new values', async () => {
      const post = await createPost(api, member, { guildId: guild.id });
      expect(errorCode(await api.gql(UPDATE, { id: post.id, input: { tags: ['1', '2', '3', '4', '5', '6'] } }, { token: member.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(UPDATE, { id: post.id, input: { body: ' ' } }, { token: member.token }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('deletePost', () => {
    const DELETE = `mutation($id: ID!) { deletePost(id: $id) }`;
    const GET = `query($id: ID!) { post(id: $id) { id } }`;

    it('lets the author, a coordinator of the guild and an admin delete', async () => {
      for (const who of [member, coordinator, admin]) {
        const post = await createPost(api, member, { guildId: guild.id });
        const res = await api.gql(DELETE, { id: post.id }, { token: who.token });
        expect(res.data?.deletePost).toBe(true);
        expect((await api.ok(GET, { id: post.id }, { token: member.token })).post).toBeNull();
      }
    });

    it('refuses other members and outsiders (FORBIDDEN)', async () => {
      const post = await createPost(api, member, { guildId: guild.id });
      expect(errorCode(await api.gql(DELETE, { id: post.id }, { token: otherMember.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(DELETE, { id: post.id }, { token: outsider.token }))).toBe('FORBIDDEN');
      expect((await api.ok(GET, { id: post.id }, { token: member.token })).post.id).toBe(post.id);
    });

    it('answers NOT_FOUND for a post that does not exist', async () => {
      expect(errorCode(await api.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin.token }))).toBe('NOT_FOUND');
    });
  });

  describe('pinPost and lockPost', () => {
    const PIN = `mutation($id: ID!, $v: Boolean!) { pinPost(postId: $id, pinned: $v) { id pinned } }`;
    const LOCK = `mutation($id: ID!, $v: Boolean!) { lockPost(postId: $id, locked: $v) { id locked } }`;

    it('lets coordinators and admins pin and lock', async () => {
      const post = await createPost(api, member, { guildId: guild.id });
      expect((await api.ok(PIN, { id: post.id, v: true }, { token: coordinator.token })).pinPost.pinned).toBe(true);
      expect((await api.ok(PIN, { id: post.id, v: false }, { token: admin.token })).pinPost.pinned).toBe(false);
      expect((await api.ok(LOCK, { id: post.id, v: true }, { token: admin.token })).lockPost.locked).toBe(true);
      expect((await api.ok(LOCK, { id: post.id, v: false }, { token: coordinator.token })).lockPost.locked).toBe(false);
    });

    it('refuses members, the author included, and outsiders (FORBIDDEN)', async () => {
      const post = await createPost(api, member, { guildId: guild.id });
      for (const who of [member, otherMember, outsider]) {
        expect(errorCode(await api.gql(PIN, { id: post.id, v: true }, { token: who.token }))).toBe('FORBIDDEN');
        expect(errorCode(await api.gql(LOCK, { id: post.id, v: true }, { token: who.token }))).toBe('FORBIDDEN');
      }
    });
  });

  it('lets everyone signed in read any post, and nobody signed out', async () => {
    const post = await createPost(api, member, { guildId: guild.id });
    const res = await api.gql(`query($id: ID!) { post(id: $id) { id title author { id } } }`, { id: post.id }, { token: outsider.token });
    expect(res.data.post).toMatchObject({ id: post.id, author: { id: member.id } });
    expect(errorCode(await api.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: post.id }))).toBe('UNAUTHENTICATED');
    expect((await api.ok(`query { post(id: "not-a-uuid") { id } }`, {}, { token: outsider.token })).post).toBeNull();
  });
});
