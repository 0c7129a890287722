import { addComment, createGuild, createPost, Fixtures, Person, TestApi } from '@guildhall/api-testing';

/** Edits made at the same time never silently undo each other. */
describe('concurrent edits', () => {
  let api: TestApi;
  let author: Person;
  let guildId: string;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api);
    author = await fx.member({ displayName: 'Ann Author' });
    guildId = (await createGuild(api, author)).id;
  });
  afterAll(() => api?.stop());

  const UPDATE_POST = `mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { id } }`;

  it('keeps both of two simultaneous post edits that change different fields', async () => {
    for (let round = 0; round < 5; round++) {
      const post = await createPost(api, author, { guildId, title: 'Original title', body: 'Original body', tags: ['old'] });
      await Promise.all([
        api.ok(UPDATE_POST, { id: post.id, input: { title: `New title ${round}` } }, { token: author.token }),
        api.ok(UPDATE_POST, { id: post.id, input: { tags: ['fresh'] } }, { token: author.token }),
        api.ok(UPDATE_POST, { id: post.id, input: { body: `New body ${round}` } }, { token: author.token }),
      ]);
      const after = await api.ok(`query($id: ID!) { post(id: $id) { title body tags } }`, { id: post.id }, { token: author.token });
      expect(after.post).toEqual({ title: `New title ${round}`, body: `New body ${round}`, tags: ['fresh'] });
    }
  });

  it('keeps a post edit and a simultaneous upvote, pin and comment', async () => {
    const post = await createPost(api, author, { guildId, title: 'Busy post', body: 'Body' });
    await Promise.all([
      api.ok(UPDATE_POST, { id: post.id, input: { title: 'Busy post, edited' } }, { token: author.token }),
      api.ok(`mutation($id: ID!) { upvotePost(postId: $id) { id } }`, { id: post.id }, { token: author.token }),
      api.ok(`mutation($id: ID!) { pinPost(postId: $id, pinned: true) { id } }`, { id: post.id }, { token: author.token }),
      addComment(api, author, post.id, 'First!'),
    ]);
    const after = await api.ok(`query($id: ID!) { post(id: $id) { title score pinned commentCount } }`, { id: post.id }, { token: author.token });
    expect(after.post).toEqual({ title: 'Busy post, edited', score: 1, pinned: true, commentCount: 1 });
  });

  it('keeps simultaneous edits of different comments on one post, and the post they are on', async () => {
    const post = await createPost(api, author, { guildId, title: 'Thread', body: 'Body' });
    const comments = [];
    for (let i = 0; i < 4; i++) comments.push(await addComment(api, author, post.id, `Comment ${i}`));
    await Promise.all([
      ...comments.map((c, i) => api.ok(`mutation($id: ID!, $body: String!) { updateComment(id: $id, body: $body) { id } }`, { id: c.id, body: `Edited ${i}` }, { token: author.token })),
      api.ok(UPDATE_POST, { id: post.id, input: { body: 'Edited body' } }, { token: author.token }),
    ]);
    const after = await api.ok(`query($id: ID!) { post(id: $id) { body commentCount comments { edges { node { body } } } } }`, { id: post.id }, { token: author.token });
    expect(after.post.body).toBe('Edited body');
    expect(after.post.commentCount).toBe(4);
    expect(after.post.comments.edges.map((e: any) => e.node.body)).toEqual(['Edited 0', 'Edited 1', 'Edited 2', 'Edited 3']);
  });

  it('keeps both of two simultaneous profile edits that change different fields', async () => {
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        api.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayName: `Ann ${round}` } }, { token: author.token }),
        api.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { bio: `Bio ${round}` } }, { token: author.token }),
        api.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { discipline: `Discipline ${round}` } }, { token: author.token }),
      ]);
      const me = await api.ok(`{ me { displayName bio discipline } }`, {}, { token: author.token });
      expect(me.me).toEqual({ displayName: `Ann ${round}`, bio: `Bio ${round}`, discipline: `Discipline ${round}` });
    }
  });
});
