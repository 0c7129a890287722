import { addSquadMember, createChapter, createSquad, createTribe, Fixtures, ORG, Person, TestApi } from '@guildhall/api-testing';

describe('no N+1 in the org chart', () => {
  let api: TestApi;
  let fx: Fixtures;
  let admin: Person;
  const CHART = `{ tribes { id name memberCount trio { complete tribeLead { id displayName } productLead { id } designLead { id } }
    squads { id name memberCount productOwner { id } agileCoach { id } members { id displayName squad { id } chapter { id } guilds { id } } }
    chapters { id name memberCount lead { id displayName } members { id } } } }`;
  const GUILD_LIST = `{ guilds(first: 100) { edges { node { id memberCount viewerIsMember coordinators { id } } } } }`;

  beforeAll(async () => {
    api = await TestApi.start();
    fx = await Fixtures.start(api, { displayName: 'Admin' });
    admin = fx.admin;
  });
  afterAll(() => api?.stop());

  async function growOrg(tribes: number) {
    for (let t = 0; t < tribes; t++) {
      const tribe = await createTribe(api, admin, `Tribe ${Date.now()}-${t}`);
      const lead = await fx.member();
      await api.ok(ORG.setTrio, { input: { tribeId: tribe.id, tribeLeadId: lead.id, productLeadId: admin.id } }, { token: admin.token });
      const chapter = await createChapter(api, admin, tribe.id, `Chapter ${t}`);
      await api.ok(ORG.setChapterLead, { chapterId: chapter.id, userId: lead.id }, { token: admin.token });
      for (let s = 0; s < 2; s++) {
        const squad = await createSquad(api, admin, tribe.id, `Squad ${t}-${s}`);
        for (let m = 0; m < 2; m++) {
          const p = await fx.member();
          await addSquadMember(api, admin, squad.id, p.id);
          await api.ok(ORG.addChapterMember, { chapterId: chapter.id, userId: p.id }, { token: admin.token });
          const g = (await api.ok(ORG.createGuild, { input: { name: `Guild ${t}-${s}-${m}` } }, { token: p.token })).createGuild;
          await api.ok(`mutation($id: ID!) { joinGuild(guildId: $id) { id } }`, { id: g.id }, { token: admin.token });
        }
      }
    }
  }

  it('runs the same number of SQL statements for 2 tribes as for 6', async () => {
    await growOrg(2);
    const small = await api.gql(CHART, {}, { token: admin.token });
    expect(small.errors).toBeUndefined();
    expect(small.data.tribes).toHaveLength(2);
    const smallGuilds = await api.gql(GUILD_LIST, {}, { token: admin.token });
    await growOrg(4);
    const large = await api.gql(CHART, {}, { token: admin.token });
    expect(large.data.tribes).toHaveLength(6);
    expect(large.data.tribes[5].squads[1].members).toHaveLength(2);
    const largeGuilds = await api.gql(GUILD_LIST, {}, { token: admin.token });
    expect(largeGuilds.data.guilds.edges).toHaveLength(24);
    expect(small.extensions!.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions!.sqlStatements).toBe(small.extensions!.sqlStatements);
    expect(largeGuilds.extensions!.sqlStatements).toBe(smallGuilds.extensions!.sqlStatements);
  });
});
