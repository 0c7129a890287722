import { ADD_COMMENT, addComment, createPost, errorCode, Fixtures, Person, TestApi, TestGuild, walkPages } from '@guildhall/api-testing';

/** Discussing: comments, one-level replies, locked posts, editing, deleting, accepted answers. */
describe('comments', () => {
  let api: TestApi;
  let admin: Person;
  let coordinator: Person;
  let asker: Person;
  let answerer: Person;
  let outsider: Person;
  let guild: TestGuild;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api);
    admin = fx.admin; // not a member of the guild
    [asker, answerer] = await fx.members(2);
    ({ guild, coordinator } = await fx.guild({ members: [asker, answerer] }));
    outsider = await fx.outsider();
  });

  afterAll(() => api?.stop());

  const THREAD = `query($id: ID!, $first: Int, $after: String) {
    post(id: $id) { commentCount comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id body parent { id } author { id } } } } }
  }`;

  describe('addComment', () => {
    it('lets members comment; the post counts it', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      const comment = await addComment(api, answerer, post.id, 'Try **this**.\n\n<img src=x onerror=alert(1)>');
      expect(comment).toMatchObject({ body: 'Try **this**.\n\n<img src=x onerror=alert(1)>', parent: null, author: { id: answerer.id } });
      expect(comment.post.commentCount).toBe(1);
    });

    it('refuses people who have not joined the guild (FORBIDDEN), admins included', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      for (const who of [outsider, admin]) {
        expect(errorCode(await api.gql(ADD_COMMENT, { postId: post.id, body: 'Hi' }, { token: who.token }))).toBe('FORBIDDEN');
      }
    });

    it('refuses everyone on a locked post (FORBIDDEN), and allows again once unlocked', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      await api.ok(`mutation($id: ID!) { lockPost(postId: $id, locked: true) { id } }`, { id: post.id }, { token: coordinator.token });
      for (const who of [asker, answerer, coordinator]) {
        expect(errorCode(await api.gql(ADD_COMMENT, { postId: post.id, body: 'Hi' }, { token: who.token }))).toBe('FORBIDDEN');
      }
      await api.ok(`mutation($id: ID!) { lockPost(postId: $id, locked: false) { id } }`, { id: post.id }, { token: coordinator.token });
      expect((await addComment(api, answerer, post.id)).id).toBeDefined();
    });

    it('validates the body', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      expect(errorCode(await api.gql(ADD_COMMENT, { postId: post.id, body: '  ' }, { token: answerer.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(ADD_COMMENT, { postId: post.id, body: 'x'.repeat(20_001) }, { token: answerer.token }))).toBe('BAD_USER_INPUT');
    });

    it('answers NOT_FOUND for a missing post', async () => {
      expect(errorCode(await api.gql(ADD_COMMENT, { postId: '00000000-0000-4000-8000-000000000000', body: 'Hi' }, { token: answerer.token }))).toBe('NOT_FOUND');
    });
  });

  describe('replies', () => {
    it('are one level deep: a reply to a reply attaches to the top-level comment, and shows under it', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      const first = await addComment(api, answerer, post.id, 'first');
      const second = await addComment(api, asker, post.id, 'second');
      const reply = await addComment(api, asker, post.id, 'reply to first', first.id);
      const nested = await addComment(api, answerer, post.id, 'reply to the reply', reply.id);
      expect(reply.parent.id).toBe(first.id);
      expect(nested.parent.id).toBe(first.id);
      const third = await addComment(api, answerer, post.id, 'third');
      const laterReply = await addComment(api, answerer, post.id, 'reply to second', second.id);

      const data = await api.ok(THREAD, { id: post.id }, { token: outsider.token });
      expect(data.post.comments.edges.map((e: any) => e.node.body)).toEqual([
        'first',
        'reply to first',
        'reply to the reply',
        'second',
        'reply to second',
        'third',
      ]);
      expect(data.post.comments.totalCount).toBe(6);
      expect([third.id, laterReply.id].every((id) => data.post.comments.edges.some((e: any) => e.node.id === id))).toBe(true);
    });

    it('must answer a comment on the same post (BAD_USER_INPUT)', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      const elsewhere = await createPost(api, asker, { guildId: guild.id });
      const comment = await addComment(api, answerer, elsewhere.id);
      const res = await api.gql(ADD_COMMENT, { postId: post.id, body: 'Hi', parentId: comment.id }, { token: answerer.token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });

    it('page through the thread in order, each comment exactly once', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      const expected: string[] = [];
      for (let i = 0; i < 4; i++) {
        const top = await addComment(api, answerer, post.id, `top ${i}`);
        expected.push(`top ${i}`);
        for (let j = 0; j < 2; j++) {
          await addComment(api, asker, post.id, `reply ${i}.${j}`, top.id);
          expected.push(`reply ${i}.${j}`);
        }
      }
      const seen = (
        await walkPages<{ body: string }>(async (after) => (await api.ok(THREAD, { id: post.id, first: 5, after }, { token: asker.token })).post.comments)
      ).map((node) => node.body);
      expect(seen).toEqual(expected);
    });
  });

  describe('updateComment and deleteComment', () => {
    const UPDATE = `mutation($id: ID!, $body: String!) { updateComment(id: $id, body: $body) { id body } }`;
    const DELETE = `mutation($id: ID!) { deleteComment(id: $id) }`;

    it('lets only the author edit (FORBIDDEN for others, coordinators and admins included)', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      const comment = await addComment(api, answerer, post.id);
      expect((await api.ok(UPDATE, { id: comment.id, body: 'edited' }, { token: answerer.token })).updateComment.body).toBe('edited');
      for (const who of [asker, coordinator, admin]) {
        expect(errorCode(await api.gql(UPDATE, { id: comment.id, body: 'hijacked' }, { token: who.token }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await api.gql(UPDATE, { id: comment.id, body: ' ' }, { token: answerer.token }))).toBe('BAD_USER_INPUT');
    });

    it('lets the author, a coordinator and an admin delete; replies go with their comment', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      for (const who of [answerer, coordinator, admin]) {
        const comment = await addComment(api, answerer, post.id);
        await addComment(api, asker, post.id, 'a reply', comment.id);
        expect((await api.ok(DELETE, { id: comment.id }, { token: who.token })).deleteComment).toBe(true);
      }
      const data = await api.ok(THREAD, { id: post.id }, { token: asker.token });
      expect(data.post.commentCount).toBe(0);
      expect(data.post.comments.edges).toEqual([]);
    });

    it('refuses other members and outsiders (FORBIDDEN)', async () => {
      const post = await createPost(api, asker, { guildId: guild.id });
      const comment = await addComment(api, answerer, post.id);
      for (const who of [asker, outsider]) {
        expect(errorCode(await api.gql(DELETE, { id: comment.id }, { token: who.token }))).toBe('FORBIDDEN');
      }
      expect((await api.ok(THREAD, { id: post.id }, { token: asker.token })).post.commentCount).toBe(1);
    });
  });

  describe('acceptAnswer', () => {
    const ACCEPT = `mutation($id: ID!) { acceptAnswer(commentId: $id) { id acceptedAnswer { id author { id } } } }`;

    it("lets only the question's author accept, and may change their mind", async () => {
      const question = await createPost(api, asker, { guildId: guild.id, kind: 'QUESTION' });
      const a = await addComment(api, answerer, question.id, 'answer a');
      const b = await addComment(api, coordinator, question.id, 'answer b');
      for (const who of [answerer, coordinator, admin]) {
        expect(errorCode(await api.gql(ACCEPT, { id: a.id }, { token: who.token }))).toBe('FORBIDDEN');
      }
      expect((await api.ok(ACCEPT, { id: a.id }, { token: asker.token })).acceptAnswer.acceptedAnswer).toEqual({ id: a.id, author: { id: answerer.id } });
      expect((await api.ok(ACCEPT, { id: b.id }, { token: asker.token })).acceptAnswer.acceptedAnswer.id).toBe(b.id);
    });

    it('accepts only a comment on a question (BAD_USER_INPUT on an article)', async () => {
      const article = await createPost(api, asker, { guildId: guild.id, kind: 'ARTICLE' });
      const comment = await addComment(api, answerer, article.id);
      expect(errorCode(await api.gql(ACCEPT, { id: comment.id }, { token: asker.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.gql(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, { token: asker.token }))).toBe('NOT_FOUND');
    });

    it('clears when the accepted comment is deleted', async () => {
      const question = await createPost(api, asker, { guildId: guild.id, kind: 'QUESTION' });
      const a = await addComment(api, answerer, question.id);
      await api.ok(ACCEPT, { id: a.id }, { token: asker.token });
      await api.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: a.id }, { token: answerer.token });
      const data = await api.ok(`query($id: ID!) { post(id: $id) { acceptedAnswer { id } } }`, { id: question.id }, { token: asker.token });
      expect(data.post.acceptedAnswer).toBeNull();
    });
  });
});
