import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthService, Role, UserEntity } from '@guildhall/api-auth';

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
  { email: 'admin@guildhall.demo', displayName: 'Ada Admin', discipline: 'Platform', role: Role.ADMIN, persona: 'admin' },
  { email: 'member@guildhall.demo', displayName: 'Max Member', discipline: 'Backend', role: Role.MEMBER, persona: 'member' },
];

/**
 * Loads the demo organisation into an empty database, in one transaction.
 * Returns the accounts created, or [] when the database already had people.
 */
export async function seedDemo(db: DataSource): Promise<DemoAccount[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:sign-up']);
    const anyone = await tx.createQueryBuilder(UserEntity, 'u').select('1').limit(1).getRawOne();
    if (anyone) return [];
    await createAccounts(tx);
    return DEMO_ACCOUNTS;
  });
}

async function createAccounts(tx: EntityManager) {
  const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD);
  await tx.insert(
    UserEntity,
    DEMO_ACCOUNTS.map((a) => ({ email: a.email, displayName: a.displayName, discipline: a.discipline, role: a.role, passwordHash })),
  );
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
