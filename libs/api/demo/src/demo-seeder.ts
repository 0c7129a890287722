import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService, Role, UserRepository } from '@guildhall/api-auth';
import { GuildRepository, importOrg } from '@guildhall/api-org';
import { seedDemoKnowledge } from './demo-knowledge';
import { demoCatalog } from './demo-org';
import { seedStandards } from '@guildhall/api-standards';
import { seedAlliances, seedTeamApi } from '@guildhall/api-alliances';
import { DEMO_ALLIANCE, DemoCast, planDemoAlliances, readDemoOrg } from './demo-alliances';
import { planDemoTeamApi } from './demo-team-api';
import { DemoOrgReads, planDemoStandards } from './demo-standards';

export const DEMO_PASSWORD = 'guildhall-demo';

export interface DemoAccount {
  email: string;
  displayName: string;
  discipline: string;
  role: Role;
  /** What this account shows a newcomer, printed at start-up. */
  persona: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@guildhall.demo', displayName: 'Ada Admin', discipline: 'Platform', role: Role.ADMIN, persona: 'admin: shapes the whole organisation' },
  { email: 'lead@guildhall.demo', displayName: 'Lena Lindgren', discipline: 'Engineering Management', role: Role.MEMBER, persona: 'tribe lead of Payments, in the trio of the alliance One-tap subscriptions (edits it)' },
  { email: 'chapter@guildhall.demo', displayName: 'Carlos Mendes', discipline: 'Backend', role: Role.MEMBER, persona: 'chapter lead of Payments Backend (squad Checkout)' },
  { email: 'guild@guildhall.demo', displayName: 'Gita Rao', discipline: 'Frontend', role: Role.MEMBER, persona: 'coordinator of the Rust and Accessibility guilds' },
  { email: 'member@guildhall.demo', displayName: 'Max Member', discipline: 'Backend', role: Role.MEMBER, persona: "member of squad Checkout (updates the alliance's key results)" },
];

/**
 * Loads the demo organisation into an empty database, in one transaction, through the same
 * batched Backstage importer as real files, then its chapters' standards in a second one, then
 * its alliance and its squads' team interfaces (offers, agreements, dependencies, tensions) in a
 * third (the standards and the alliance are planned from the committed organisation, read
 * through org's services). Returns the accounts created, or [] when the
 * database already had people.
 */
export async function seedDemo(db: DataSource, { people, guilds, org }: { people: UserRepository; guilds: GuildRepository; org: DemoOrgReads }): Promise<DemoAccount[]> {
  const accounts = await seedDemoOrg(db, people, guilds);
  if (accounts.length) {
    // The plan is read before the transaction opens: org's services use the pool, and the
    // embedded database's pool has one connection, which the transaction would hold.
    const cast = await demoCast(db, people);
    const plan = await planDemoStandards(org, cast.admin);
    await db.transaction((tx) => seedStandards(tx, plan));
    const snapshot = await readDemoOrg(org);
    const now = new Date();
    const alliances = planDemoAlliances(snapshot, cast, now);
    // The alliance and the squads' team interfaces around it (tensions cite its decisions) belong together.
    await db.transaction(async (tx) => {
      const seeded = await seedAlliances(tx, alliances);
      await seedTeamApi(tx, planDemoTeamApi(snapshot, seeded.get(DEMO_ALLIANCE.name)!, cast, now));
    });
  }
  return accounts;
}

/** The demo accounts' ids, by their seat. */
async function demoCast(db: DataSource, people: UserRepository): Promise<DemoCast> {
  const everyone = await people.everyone(db.manager);
  const id = (account: DemoAccount) => {
    const person = everyone.find((u) => u.email === account.email);
    if (!person) throw new Error(`The demo organisation has no ${account.email}.`);
    return person.id;
  };
  const [admin, tribeLead, , coordinator, member] = DEMO_ACCOUNTS;
  return { admin: id(admin), tribeLead: id(tribeLead), member: id(member), coordinator: id(coordinator) };
}

async function seedDemoOrg(db: DataSource, people: UserRepository, guilds: GuildRepository): Promise<DemoAccount[]> {
  const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD); // once, for everyone
  return db.transaction(async (tx) => {
    await people.serialiseSignUps(tx);
    if (await people.hasPeople(tx)) return [];
    const [admin, tribeLead, chapterLead, coordinator, member] = DEMO_ACCOUNTS;
    const catalog = demoCatalog({ admin, tribeLead, chapterLead, coordinator, member });
    const report = await importOrg(tx, people, catalog);
    if (report.errors.length) throw new Error(`The demo organisation does not import cleanly:\n${report.errors.join('\n')}`);
    // Every demo person can sign in with the demo password.
    await people.setPasswordHashes(tx, catalog.users.map((u) => u.email!), passwordHash);
    await people.seedRoles(tx, DEMO_ACCOUNTS.filter((a) => a.role === Role.ADMIN).map((a) => a.email), Role.ADMIN);
    // A living community: posts, answered and open questions, announcements and votes.
    await seedDemoKnowledge(tx, guilds);
    return DEMO_ACCOUNTS;
  });
}

export function printDemoAccounts(accounts: DemoAccount[], logger = new Logger('Demo')) {
  if (!accounts.length) return;
  const width = Math.max(...accounts.map((a) => a.email.length));
  logger.log(
    [
      'Demo organisation loaded. Sign in with any of these accounts:',
      ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.persona}`),
      `  password for all: ${DEMO_PASSWORD}`,
    ].join('\n'),
  );
}
