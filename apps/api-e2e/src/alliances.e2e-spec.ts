import { errorCode, Fixtures, TestApi } from '@guildhall/api-testing';

const SERVED = `query { alliancesServed }`;

describe('alliances', () => {
  let api: TestApi;
  let fx: Fixtures;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api);
  });
  afterAll(() => api?.stop());

  it('is served to signed-in people', async () => {
    const member = await fx.member();
    expect(await api.ok(SERVED, {}, { token: member.token })).toEqual({ alliancesServed: true });
  });

  it('refuses the signed-out', async () => {
    expect(errorCode(await api.gql(SERVED))).toBe('UNAUTHENTICATED');
  });
});
