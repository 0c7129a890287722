/** Rules about squads' team interfaces and tension reviews (issue 16) that the API enforces and the web app offers. */

/** How two teams work together (Team Topologies' interaction modes). */
export const INTERACTION_MODES = ['COLLABORATION', 'X_AS_A_SERVICE', 'FACILITATING'] as const;
export type InteractionModeName = (typeof INTERACTION_MODES)[number];
/** An agreement's mode when none is given. */
export const DEFAULT_INTERACTION_MODE: InteractionModeName = 'X_AS_A_SERVICE';

export const AGREEMENT_STATUSES = ['PROPOSED', 'AGREED', 'RETIRED'] as const;
export type AgreementStatusName = (typeof AGREEMENT_STATUSES)[number];

export const DEPENDENCY_STATUSES = ['REQUESTED', 'ACCEPTED', 'DELIVERED', 'DECLINED'] as const;
export type DependencyStatusName = (typeof DEPENDENCY_STATUSES)[number];
/** Where a dependency may go from each status; every other move is refused. */
export const DEPENDENCY_STATUS_MOVES: Readonly<Record<DependencyStatusName, readonly DependencyStatusName[]>> = {
  REQUESTED: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['DELIVERED'],
  DELIVERED: [],
  DECLINED: [],
};

export const TENSION_STATUSES = ['SURFACED', 'IN_REVIEW', 'RESOLVED'] as const;
export type TensionStatusName = (typeof TENSION_STATUSES)[number];
/** The tensions on a review's agenda. */
export const OPEN_TENSION_STATUSES: readonly TensionStatusName[] = ['SURFACED', 'IN_REVIEW'];

/** Titles of offers and tensions. */
export const TEAM_API_TITLE_MAX_LENGTH = 120;
/** An offer's description, expectations and limits; a dependency's description and response. */
export const TEAM_API_TEXT_MAX_LENGTH = 2000;
/** An agreement's terms, a tension's description and resolution. */
export const TEAM_API_LONG_TEXT_MAX_LENGTH = 4000;
/** A coach's note about what they can help with. */
export const COACH_NOTE_MAX_LENGTH = 500;

/** Counts that keep every list bounded. */
export const OFFERS_PER_SQUAD_MAX = 30;
/** Open (proposed or agreed) agreements a squad may be party to. */
export const OPEN_AGREEMENTS_PER_SQUAD_MAX = 100;
/** Open (requested or accepted) dependencies a squad may be party to. */
export const OPEN_DEPENDENCIES_PER_SQUAD_MAX = 100;
/** How many agreements and dependencies a squad's page lists: open ones first, then the newest closed ones. */
export const SQUAD_TEAM_API_LISTED_MAX = 200;
/** The squads one tension names. */
export const TENSION_SQUADS_MAX = 10;
/** How many tensions `tensions(...)` returns: the agenda, open ones first. */
export const TENSIONS_LISTED_MAX = 200;
/** How many coaches `coaches` lists. */
export const COACHES_LISTED_MAX = 200;
