import { errorCode, Fixtures, median, Person, sequence, TestApi, timed } from '@guildhall/api-testing';

/** Each person runs only a few database-backed resolvers at once, so a flood from one does not stall the rest. */
describe('one person cannot slow everyone else down', () => {
  let api: TestApi;
  let attacker: Person;
  let victim: Person;

  beforeAll(async () => {
    api = await TestApi.start();
    const fx = await Fixtures.start(api);
    [attacker, victim] = await fx.members(2);
    // Enough posts that a search takes real database time.
    await fx.guild({ coordinator: fx.admin, posts: [{ title: 'Something about chapters', body: 'Something worth searching for.' }] });
    await api.sql(`INSERT INTO posts SELECT (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid()))).* FROM posts p, generate_series(1, 4000)`);
  }, 120_000);
  afterAll(() => api?.stop());

  it("keeps another member's { me } at about its usual speed while one member floods heavy searches", async () => {
    const me = () => timed(() => api.ok(`{ me { id } }`, {}, { token: victim.token }));
    await sequence(5, me); // warm up
    const baseline = median((await sequence(25, me)).map(([, ms]) => ms));

    // The heaviest search request the limits accept, sent by several clients at once, over and over.
    const heavy = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "something", first: 100) { edges { snippet node { ... on Post { id title } } } }`).join(' ')} }`;
    let attacking = true;
    const attackerCodes: (string | undefined)[] = [];
    const flood = Array.from({ length: 8 }, async () => {
      while (attacking) attackerCodes.push(errorCode(await api.gql(heavy, {}, { token: attacker.token })));
    });
    await new Promise((r) => setTimeout(r, 500)); // let the flood fill the pool
    // A request that needs no database shows what the busy process and machine alone add; it is
    // sampled alternately with the victim's, so both see the same moments of the attack.
    const pairs = await sequence(25, async () => [await me(), await timed(() => api.ok(`{ __typename }`))] as const);
    const underAttack = median(pairs.map(([[, ms]]) => ms));
    const noDatabase = median(pairs.map(([, [, ms]]) => ms));
    attacking = false;
    await Promise.all(flood);

    // Each heavy request is accepted; past a hundred searches waiting, more are refused for now.
    expect(attackerCodes).toContain(undefined);
    expect(new Set(attackerCodes.filter(Boolean))).toEqual(new Set(attackerCodes.some(Boolean) ? ['RATE_LIMITED'] : []));
    // The victim's database work waits behind at most the attacker's few running searches, never
    // behind the flood. Measured here: with the fair share about 2.3x a request without database
    // work (157 ms vs 67 ms on PostgreSQL, 209 vs 89 embedded); without it 8x on PostgreSQL
    // (1,067 vs 132 ms) and 45x embedded.
    expect(underAttack).toBeLessThan(5 * (noDatabase + baseline));
  }, 120_000);
});
