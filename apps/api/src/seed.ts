import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserRepository } from '@guildhall/api-auth';
import { AppConfig } from '@guildhall/api-core';
import { ChaptersService, GuildRepository, SquadsService, TribesService } from '@guildhall/api-org';
import { printDemoAccounts, seedDemo } from '@guildhall/api-demo';

/** With SEED_DEMO on (the embedded default), an empty database gets the demo organisation. */
export async function seedOnFirstStart(app: INestApplication, config: AppConfig): Promise<void> {
  if (!config.seedDemo) return;
  printDemoAccounts(
    await seedDemo(app.get(DataSource), {
      people: app.get(UserRepository),
      guilds: app.get(GuildRepository),
      org: { tribes: app.get(TribesService), chapters: app.get(ChaptersService), squads: app.get(SquadsService) },
    }),
  );
}
