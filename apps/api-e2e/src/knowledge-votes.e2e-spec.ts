import { createGuild, createPost, errorCode, Fixtures, Person, TestApi } from '@guildhall/api-testing';

/** Upvotes: idempotent per person, counted exactly when many arrive at once. */
describe('upvotes', () => {
  let api: TestApi;
  let author: Person;
  let people: Person[];

  const UPVOTE = `mutation($id: ID!) { upvotePost(postId: $id) { id score viewerHasUpvoted } }`;
  const REMOVE = `mutation($id: ID!) { removeUpvote(postId: $id) { id score viewerHasUpvoted } }`;
  const SCORE = `query($id: ID!) { post(id: $id) { score viewerHasUpvoted } }`;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api);
    author = await fx.member();
    people = await fx.members(12);
  });

  afterAll(() => api?.stop());

  it('counts a second upvote by the same person as nothing', async () => {
    const guild = await createGuild(api, author);
    const post = await createPost(api, author, { guildId: guild.id });
    const voter = people[0];
    expect((await api.ok(UPVOTE, { id: post.id }, { token: voter.token })).upvotePost).toMatchObject({ score: 1, viewerHasUpvoted: true });
    expect((await api.ok(UPVOTE, { id: post.id }, { token: voter.token })).upvotePost).toMatchObject({ score: 1, viewerHasUpvoted: true });
    expect((await api.ok(SCORE, { id: post.id }, { token: author.token })).post).toEqual({ score: 1, viewerHasUpvoted: false });
  });

  it('removes an upvote once; removing again changes nothing', async () => {
    const guild = await createGuild(api, author);
    const post = await createPost(api, author, { guildId: guild.id });
    await api.ok(UPVOTE, { id: post.id }, { token: people[1].token });
    await api.ok(UPVOTE, { id: post.id }, { token: people[2].token });
    expect((await api.ok(REMOVE, { id: post.id }, { token: people[1].token })).removeUpvote).toMatchObject({ score: 1, viewerHasUpvoted: false });
    expect((await api.ok(REMOVE, { id: post.id }, { token: people[1].token })).removeUpvote).toMatchObject({ score: 1, viewerHasUpvoted: false });
    expect((await api.ok(REMOVE, { id: post.id }, { token: author.token })).removeUpvote.score).toBe(1);
  });

  it('counts exactly under concurrency: many people, and the same person many times at once', async () => {
    const guild = await createGuild(api, author);
    const post = await createPost(api, author, { guildId: guild.id });
    const requests = people.flatMap((p) => [0, 1, 2].map(() => api.gql(UPVOTE, { id: post.id }, { token: p.token })));
    const results = await Promise.all(requests);
    expect(results.every((r) => !r.errors)).toBe(true);
    expect((await api.ok(SCORE, { id: post.id }, { token: author.token })).post.score).toBe(people.length);
    const removals = await Promise.all(people.slice(0, 5).flatMap((p) => [0, 1].map(() => api.gql(REMOVE, { id: post.id }, { token: p.token }))));
    expect(removals.every((r) => !r.errors)).toBe(true);
    expect((await api.ok(SCORE, { id: post.id }, { token: author.token })).post.score).toBe(people.length - 5);
  });

  it('answers NOT_FOUND for a missing post', async () => {
    expect(errorCode(await api.gql(UPVOTE, { id: '00000000-0000-4000-8000-000000000000' }, { token: author.token }))).toBe('NOT_FOUND');
  });
});
