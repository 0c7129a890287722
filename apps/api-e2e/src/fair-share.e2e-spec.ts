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
    const underAttack = median((await sequence(25, me)).map(([, ms]) => ms));
    // A request that needs no database shows what the busy process and machine alone add.
    const noDatabase = median((await sequence(25, () => timed(() => api.ok(`{ __typename }`)))).map(([, ms]) => ms));
    attacking = false;
    await Promise.all(flood);

    // Each heavy request is accepted; past a hundred searches waiting, more are refused for now.
    expect(attackerCodes).toContain(undefined);
    expect(new Set(attackerCodes.filter(Boolean))).toEqual(new Set(attackerCodes.some(Boolean) ? ['RATE_LIMITED'] : []));
    // The victim's database work does not wait behind the attacker's: without the fair share it
    // takes over ten times as long as a request without database work, here a few times at most.
    expect(underAttack).toBeLessThan(4 * (noDatabase + baseline));
  }, 120_000);
});
