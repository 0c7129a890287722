/** Rules about the organisation that the API enforces and the web app offers. */

/** How a squad works. The API's SquadFramework enum, the import and the web's choices all read this list. */
export const SQUAD_FRAMEWORKS = ['SCRUM', 'KANBAN', 'SCRUMBAN', 'OTHER'] as const;
export type SquadFrameworkName = (typeof SQUAD_FRAMEWORKS)[number];
export const DEFAULT_SQUAD_FRAMEWORK: SquadFrameworkName = 'SCRUM';
export const SQUAD_FRAMEWORK_LABELS: Record<SquadFrameworkName, string> = { SCRUM: 'Scrum', KANBAN: 'Kanban', SCRUMBAN: 'Scrumban', OTHER: 'Other' };

export function isSquadFramework(value: string): value is SquadFrameworkName {
  return (SQUAD_FRAMEWORKS as readonly string[]).includes(value);
}

/** Names of tribes, squads, chapters and guilds. */
export const ORG_NAME_MAX_LENGTH = 80;
/** Missions and descriptions. */
export const ORG_TEXT_MAX_LENGTH = 2000;
