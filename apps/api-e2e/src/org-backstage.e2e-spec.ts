import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { addSquadMember, createChapter, createSquad, createTribe, errorCode, Fixtures, generatedCatalog, ORG, Person, TestApi } from '@guildhall/api-testing';

const EXPORT = `{ exportOrg }`;
const IMPORT = `mutation($yaml: String!, $dryRun: Boolean) { importOrg(yaml: $yaml, dryRun: $dryRun) { dryRun created updated unchanged errors } }`;
const IMPORT_WITH_PROGRESS = `mutation($yaml: String!, $dryRun: Boolean, $progressId: ID) {
  importOrg(yaml: $yaml, dryRun: $dryRun, progressId: $progressId) { dryRun created updated unchanged errors }
}`;
const PROGRESS = `query($id: ID!) { importProgress(id: $id) { phase done total finished } }`;
const COUNTS = `{ tribes { id squads { id memberCount } chapters { id memberCount } } guilds { totalCount } users { totalCount } }`;
const INVITE = `mutation($id: ID!) { createInvitation(userId: $id) { path expiresAt user { id } } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken user { id displayName } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken } }`;

/** The steps importProgress goes through, in order. */
const PHASES = ['Reading the file', 'Waiting for another import', 'People', 'Groups', 'Memberships', 'Saving', 'Finished'];
type Progress = { phase: string; done: number; total: number; finished: boolean };
const LARGE = generatedCatalog({ tribes: 20, squadsPerTribe: 20, chaptersPerTribe: 4, guilds: 20, people: 5000 });

function expectStepsInOrder(readings: Progress[]) {
  for (const r of readings) {
    expect(PHASES).toContain(r.phase);
    expect(r.done).toBeLessThanOrEqual(r.total);
  }
  const steps = readings.map((r) => PHASES.indexOf(r.phase));
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
}

const PLAIN_BACKSTAGE = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: infrastructure
  description: Keeps the lights on
spec:
  type: business-unit
  profile:
    displayName: Infrastructure
  children: [team-a]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
spec:
  type: team
  parent: infrastructure
  children: []
  members: [jdoe]
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: jdoe
spec:
  profile:
    displayName: Jane Doe
    email: jane@plain.example
  memberOf: [team-a]
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: nomail
spec:
  profile:
    displayName: No Mail
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: orphan-team
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments-api
spec:
  type: service
`;

describe('Backstage export and import (contract part 02)', () => {
  let source: TestApi;
  let admin: Person;
  let member: Person;
  let exported: string;

  beforeAll(async () => {
    source = await TestApi.start();
    const fx = await Fixtures.start(source, { email: 'admin@source.example', displayName: 'Ada Admin' });
    admin = fx.admin;
    member = await fx.member({ email: 'max@source.example', displayName: 'Max Member', discipline: 'Backend' });
    const lead = await fx.member({ email: 'lena@source.example', displayName: 'Lena Lead', discipline: 'Design' });
    const tribe = await createTribe(source, admin, 'Payments', 'Money moves');
    const guildTribe = await createTribe(source, admin, 'Rust'); // a tribe and a guild with the same slug
    await source.ok(ORG.setTrio, { input: { tribeId: tribe.id, tribeLeadId: lead.id, designLeadId: admin.id } }, { token: admin.token });
    const squad = await createSquad(source, admin, tribe.id, 'Checkout');
    await source.ok(ORG.updateSquad, { id: squad.id, input: { productOwnerId: member.id, agileCoachId: lead.id, framework: 'KANBAN', mission: 'Pay fast' } }, { token: admin.token });
    await createSquad(source, admin, guildTribe.id, 'Crabs');
    const chapter = await createChapter(source, admin, tribe.id, 'Backend', 'Backend');
    await source.ok(ORG.setChapterLead, { chapterId: chapter.id, userId: member.id }, { token: admin.token });
    await addSquadMember(source, admin, squad.id, member.id);
    await addSquadMember(source, admin, squad.id, lead.id);
    await source.ok(ORG.addChapterMember, { chapterId: chapter.id, userId: member.id }, { token: admin.token });
    const guild = (await source.ok(ORG.createGuild, { input: { name: 'Rust', description: 'Crabs' } }, { token: member.token })).createGuild;
    await source.ok(`mutation($id: ID!) { joinGuild(guildId: $id) { id } }`, { id: guild.id }, { token: lead.token });
    exported = (await source.ok(EXPORT, {}, { token: admin.token })).exportOrg;
  });
  afterAll(() => source?.stop());

  it('exports Groups and Users with types, parents, children, members, profiles and role annotations', () => {
    expect(exported).toContain('kind: Group');
    expect(exported).toMatch(/name: payments\n[\s\S]*?guildhall\.io\/design-lead: admin\n\s+guildhall\.io\/tribe-lead: lena/);
    expect(exported).toMatch(/type: squad\n\s+profile:\n\s+displayName: Checkout\n\s+parent: payments\n\s+children: \[\]\n\s+members:\n\s+- lena\n\s+- max/);
    expect(exported).toContain('guildhall.io/product-owner: max');
    expect(exported).toContain('guildhall.io/agile-coach: lena');
    expect(exported).toContain('guildhall.io/chapter-lead: max');
    expect(exported).toContain('guildhall.io/coordinators: max');
    expect(exported).toMatch(/name: guild-rust\n\s+description: Crabs\n\s+annotations:\n\s+guildhall\.io\/coordinators: max\n\s+guildhall\.io\/slug: rust\n/);
    expect(exported).toMatch(/kind: User\nmetadata:\n\s+name: max\n[\s\S]*?email: max@source\.example\n\s+memberOf:\n\s+- backend\n\s+- checkout\n\s+- guild-rust/);
  });

  it('shows emails in the export to admins only', async () => {
    const forMember = (await source.ok(EXPORT, {}, { token: member.token })).exportOrg;
    expect(forMember).toContain('displayName: Max Member');
    expect(forMember).not.toContain('@source.example');
  });

  it('refuses imports by non-admins with FORBIDDEN', async () => {
    expect(errorCode(await source.gql(IMPORT, { yaml: exported }, { token: member.token }))).toBe('FORBIDDEN');
  });

  it('shows import progress to admins only, null for an unknown id, and refuses a progressId that is not a UUID', async () => {
    const id = randomUUID();
    expect(errorCode(await source.gql(PROGRESS, { id }, { token: member.token }))).toBe('FORBIDDEN');
    expect((await source.ok(PROGRESS, { id }, { token: admin.token })).importProgress).toBeNull();
    expect((await source.ok(PROGRESS, { id: 'not-a-uuid' }, { token: admin.token })).importProgress).toBeNull();
    const refused = await source.gql(IMPORT_WITH_PROGRESS, { yaml: exported, dryRun: true, progressId: 'import-1' }, { token: admin.token });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions?.field).toBe('progressId');
    expect(errorCode(await source.gql(IMPORT_WITH_PROGRESS, { yaml: exported, progressId: id }, { token: member.token }))).toBe('FORBIDDEN');
    expect((await source.ok(PROGRESS, { id }, { token: admin.token })).importProgress).toBeNull();
  });

  it('reports a small import as finished, and a refused one as failed', async () => {
    const done = randomUUID();
    const report = (await source.ok(IMPORT_WITH_PROGRESS, { yaml: exported, dryRun: true, progressId: done }, { token: admin.token })).importOrg;
    const imported = report.created + report.updated + report.unchanged;
    expect((await source.ok(PROGRESS, { id: done }, { token: admin.token })).importProgress).toEqual({ phase: 'Finished', done: imported, total: imported, finished: true });

    const failed = randomUUID();
    expect(errorCode(await source.gql(IMPORT_WITH_PROGRESS, { yaml: '# nothing here\n', progressId: failed }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect((await source.ok(PROGRESS, { id: failed }, { token: admin.token })).importProgress).toMatchObject({ phase: 'Failed', finished: true });
  });

  // On the embedded database the server holds the only connection, so another one cannot hold the lock.
  const withServerDatabase = process.env.DATABASE_URL ? it : it.skip;
  withServerDatabase('an import waits while another one runs, saying so in its progress, then finishes', async () => {
    const other = new Client({ connectionString: source.databaseUrl });
    await other.connect();
    const progressId = randomUUID();
    try {
      // What a running import holds for its whole transaction (see BackstageService).
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('guildhall:org-import'))`);
      const importing = source.ok(IMPORT_WITH_PROGRESS, { yaml: exported, dryRun: true, progressId }, { token: admin.token });
      let reading: Progress | null = null;
      for (let i = 0; i < 200 && reading?.phase !== 'Waiting for another import'; i++) {
        await sleep(25);
        reading = (await source.ok(PROGRESS, { id: progressId }, { token: admin.token })).importProgress;
      }
      expect(reading).toMatchObject({ phase: 'Waiting for another import', finished: false });
      await sleep(200);
      expect((await source.ok(PROGRESS, { id: progressId }, { token: admin.token })).importProgress.phase).toBe('Waiting for another import');
      await other.query('COMMIT');
      const report = (await importing).importOrg;
      expect(report).toMatchObject({ dryRun: true, created: 0, updated: 0, errors: [] });
      expect((await source.ok(PROGRESS, { id: progressId }, { token: admin.token })).importProgress).toMatchObject({ phase: 'Finished', finished: true });
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      await other.end();
    }
  });

  it('re-importing its own export changes nothing', async () => {
    const report = (await source.ok(IMPORT, { yaml: exported }, { token: admin.token })).importOrg;
    expect(report).toMatchObject({ dryRun: false, created: 0, updated: 0, errors: [] });
    expect(report.unchanged).toBeGreaterThan(5);
  });

  describe('into an empty instance', () => {
    let target: TestApi;
    let targetFx: Fixtures;
    let targetAdmin: Person;

    beforeAll(async () => {
      target = await TestApi.start();
      targetFx = await Fixtures.start(target, { email: 'admin@source.example', displayName: 'Ada Admin' });
      targetAdmin = targetFx.admin;
    });
    afterAll(() => target?.stop());

    it('a dry run reports what would change and changes nothing', async () => {
      const counts = () => target.ok(COUNTS, {}, { token: targetAdmin.token });
      const before = await counts();
      const report = (await target.ok(IMPORT, { yaml: exported, dryRun: true }, { token: targetAdmin.token })).importOrg;
      expect(report).toMatchObject({ dryRun: true, errors: [] });
      expect(report.created).toBeGreaterThan(5);
      expect(await counts()).toEqual(before);
    });

    it('imports, then a second import reports everything unchanged, and the export is the same document', async () => {
      const first = (await target.ok(IMPORT, { yaml: exported }, { token: targetAdmin.token })).importOrg;
      expect(first.errors).toEqual([]);
      expect(first.unchanged).toBe(1); // the admin, matched by email
      const second = (await target.ok(IMPORT, { yaml: exported }, { token: targetAdmin.token })).importOrg;
      expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created + first.unchanged, errors: [] });
      const again = (await target.ok(EXPORT, {}, { token: targetAdmin.token })).exportOrg;
      expect(again).toBe(exported);
    });

    it('imported people cannot sign in or sign up until they accept an invitation', async () => {
      const refused = await target.gql(SIGN_IN, { email: 'max@source.example', password: 'whatever-password' });
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      const signUpRes = await target.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
        i: { email: 'Max@Source.example', password: 'a long password', displayName: 'Max' },
      });
      expect(errorCode(signUpRes)).toBe('CONFLICT');
      expect(signUpRes.errors![0].message).toMatch(/Ask an admin for an invitation/);

      const max = (await target.ok(`{ users(search: "Max Member") { edges { node { id } } } }`, {}, { token: targetAdmin.token })).users.edges[0].node;
      const memberToken = (await targetFx.member()).token;
      expect(errorCode(await target.gql(INVITE, { id: max.id }, { token: memberToken }))).toBe('FORBIDDEN');
      expect(errorCode(await target.gql(INVITE, { id: '00000000-0000-4000-8000-000000000000' }, { token: targetAdmin.token }))).toBe('NOT_FOUND');
      const invitation = (await target.ok(INVITE, { id: max.id }, { token: targetAdmin.token })).createInvitation;
      expect(invitation.path).toMatch(/^\/invitations\/[\w-]{40,}$/);
      expect(new Date(invitation.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const token = invitation.path.split('/').pop();

      expect(errorCode(await target.gql(ACCEPT, { token, password: 'short' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await target.gql(ACCEPT, { token: 'forged-token', password: 'a long password' }))).toBe('BAD_USER_INPUT');
      const accepted = (await target.ok(ACCEPT, { token, password: 'a long password' })).acceptInvitation;
      expect(accepted.user).toEqual({ id: max.id, displayName: 'Max Member' });
      const me = await target.ok(`{ me { id squad { slug } chapter { slug } } }`, {}, { token: accepted.accessToken });
      expect(me.me).toEqual({ id: max.id, squad: { slug: 'checkout' }, chapter: { slug: 'backend' } });
      const reused = await target.gql(ACCEPT, { token, password: 'another long password' });
      expect(errorCode(reused)).toBe('BAD_USER_INPUT');
      expect(reused.errors![0].message).toMatch(/already used or has expired/);
      expect((await target.ok(SIGN_IN, { email: 'max@source.example', password: 'a long password' })).signIn.accessToken).toMatch(/^gh_/);
      expect(errorCode(await target.gql(INVITE, { id: max.id }, { token: targetAdmin.token }))).toBe('CONFLICT');
    });

    it('imports a plain Backstage org file, reporting per entity what it could not import and keeping the rest', async () => {
      const report = (await target.ok(IMPORT, { yaml: PLAIN_BACKSTAGE }, { token: targetAdmin.token })).importOrg;
      expect(report.created).toBe(3);
      expect(report.errors).toHaveLength(3);
      expect(report.errors.join('\n')).toMatch(/User nomail: spec.profile.email is missing/);
      expect(report.errors.join('\n')).toMatch(/Group orphan-team: a squad needs a parent tribe/);
      expect(report.errors.join('\n')).toMatch(/Component payments-api: only Group and User/);
      const tribe = await target.ok(`{ tribe(slug: "infrastructure") { name mission squads { slug members { displayName } } } }`, {}, { token: targetAdmin.token });
      expect(tribe.tribe).toEqual({ name: 'Infrastructure', mission: 'Keeps the lights on', squads: [{ slug: 'team-a', members: [{ displayName: 'Jane Doe' }] }] });
      const again = (await target.ok(IMPORT, { yaml: PLAIN_BACKSTAGE }, { token: targetAdmin.token })).importOrg;
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    });

    it("refuses a chapter membership outside the person's squad's tribe, importing everything else", async () => {
      const yaml = `kind: Group
metadata: { name: t1 }
spec: { type: tribe, children: [] }
---
kind: Group
metadata: { name: t2 }
spec: { type: tribe, children: [] }
---
kind: Group
metadata: { name: s1 }
spec: { type: squad, parent: t1, children: [], members: [zoe] }
---
kind: Group
metadata: { name: c2 }
spec: { type: chapter, parent: t2, children: [], members: [zoe] }
---
kind: User
metadata: { name: zoe }
spec: { profile: { email: zoe@x.example, displayName: Zoe } }
`;
      const report = (await target.ok(IMPORT, { yaml }, { token: targetAdmin.token })).importOrg;
      expect(report.created).toBe(5);
      expect(report.errors).toEqual([expect.stringMatching(/User zoe: chapter c2 belongs to another tribe than their squad/)]);
    });
  });

  describe('a large file', () => {
    let big: TestApi;
    let bigAdmin: Person;
    /** Where progress is read: with PostgreSQL and Redis, another API instance (as behind a load balancer). */
    let poller: TestApi;

    beforeAll(async () => {
      big = await TestApi.start();
      bigAdmin = (await Fixtures.start(big, { displayName: 'Bulk Admin' })).admin;
      poller = process.env.DATABASE_URL && process.env.REDIS_URL ? await TestApi.start({}, big) : big;
    });
    afterAll(async () => {
      if (poller !== big) await poller?.stop();
      await big?.stop();
    });

    /** Imports the large file with a progressId, reading importProgress from `poller` every few ms while it runs. */
    async function importWatchingProgress(yaml: string) {
      const progressId = randomUUID();
      const readings: Progress[] = [];
      let importing = true;
      const polling = (async () => {
        while (importing) {
          const reading = (await poller.ok(PROGRESS, { id: progressId }, { token: bigAdmin.token })).importProgress;
          if (reading && importing) readings.push(reading);
          await sleep(10);
        }
      })();
      const report = await big.ok(IMPORT_WITH_PROGRESS, { yaml, dryRun: true, progressId }, { token: bigAdmin.token }).finally(() => (importing = false));
      await polling;
      const final = (await poller.ok(PROGRESS, { id: progressId }, { token: bigAdmin.token })).importProgress;
      return { report: report.importOrg, readings, final };
    }

    it('reports progress step by step while a large import runs, readable from another request (with Redis, on another instance)', async () => {
      const { report, readings, final } = await importWatchingProgress(LARGE);
      expect(report).toMatchObject({ dryRun: true, created: 5520, errors: [] });
      const running = readings.filter((r) => !r.finished);
      expect(running.some((r) => r.done > 0 && r.done < r.total)).toBe(true);
      expectStepsInOrder(running);
      // Also on the embedded database, whose one connection the import holds: the poller's
      // session check is served from the few-second session cache there.
      expect(running.some((r) => ['People', 'Groups', 'Memberships'].includes(r.phase))).toBe(true);
      expect(final).toEqual({ phase: 'Finished', done: 5520, total: 5520, finished: true });
    }, 120_000);

    it('imports 5,000 people and 520 groups in one transaction in reasonable time, and re-imports as unchanged', async () => {
      const yaml = LARGE;
      let started = Date.now();
      const report = (await big.ok(IMPORT, { yaml }, { token: bigAdmin.token })).importOrg;
      const firstMs = Date.now() - started;
      expect(report).toMatchObject({ created: 5520, updated: 0, unchanged: 0, errors: [] });
      expect(firstMs).toBeLessThan(30_000);
      expect((await big.ok(`{ users { totalCount } }`, {}, { token: bigAdmin.token })).users.totalCount).toBe(5001);
      const counts = await big.ok(`{ tribes { squads { memberCount } chapters { memberCount } } }`, {}, { token: bigAdmin.token });
      expect(counts.tribes.flatMap((t: any) => t.squads).reduce((n: number, s: any) => n + s.memberCount, 0)).toBe(5000);
      expect(counts.tribes.flatMap((t: any) => t.chapters).reduce((n: number, c: any) => n + c.memberCount, 0)).toBe(5000);
      started = Date.now();
      const second = (await big.ok(IMPORT, { yaml }, { token: bigAdmin.token })).importOrg;
      expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 5520, errors: [] });
      expect(Date.now() - started).toBeLessThan(30_000);
    }, 120_000);
  });
});
