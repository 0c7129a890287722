import { errorCode, Fixtures, TestApi } from '@guildhall/api-testing';

/** Alliances (issue 15): forming, editing, joining and leaving; who may do what. */
describe('alliances', () => {
  let api: TestApi;
  let fx: Fixtures;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api);
  });
  afterAll(() => api?.stop());

  it('refuses the signed-out reading alliances with UNAUTHENTICATED', async () => {
    expect(errorCode(await api.gql(`query { alliances { id } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(`query { alliance(slug: "x") { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('lets a signed-in member read the (empty) list of alliances', async () => {
    const member = await fx.member();
    expect(await api.ok(`query { alliances { id } }`, {}, { token: member.token })).toEqual({ alliances: [] });
  });
});
