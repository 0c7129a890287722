export { OrgChartPage } from './lib/org-chart-page';
export { TribePage } from './lib/tribe-page';
export { SquadPage } from './lib/squad-page';
export { ChapterPage } from './lib/chapter-page';
export { GuildsPage } from './lib/guilds-page';
export { GuildPage, type GuildSummary } from './lib/guild-page';
export { OrgAdminPage } from './lib/admin/org-admin-page';
export { ImportPage } from './lib/import-page';
export { OrgHealthPage } from './lib/org-health-page';
