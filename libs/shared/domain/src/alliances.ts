/** Rules about alliances (cross-tribe goals) that the API enforces and the web app offers. */

/** In the order lists show them: active alliances first, then forming, completed, disbanded. */
export const ALLIANCE_STATUSES = ['ACTIVE', 'FORMING', 'COMPLETED', 'DISBANDED'] as const;
export type AllianceStatusName = (typeof ALLIANCE_STATUSES)[number];

/** Where an alliance may go from each status (staying where it is is always allowed). */
export const ALLIANCE_STATUS_MOVES: Readonly<Record<AllianceStatusName, readonly AllianceStatusName[]>> = {
  FORMING: ['ACTIVE', 'DISBANDED'],
  ACTIVE: ['COMPLETED', 'DISBANDED'],
  COMPLETED: [],
  DISBANDED: [],
};

export const MILESTONE_STATUSES = ['PLANNED', 'AT_RISK', 'DONE', 'MISSED'] as const;
export type MilestoneStatusName = (typeof MILESTONE_STATUSES)[number];

export const ALLIANCE_NAME_MAX_LENGTH = 80;
/** The goal bigger than any one tribe, in one sentence. */
export const ALLIANCE_GOAL_MAX_LENGTH = 300;
/** An alliance spans at least this many distinct tribes. */
export const ALLIANCE_TRIBES_MIN = 2;
export const ALLIANCE_TRIBES_MAX = 20;
/** Shared prioritisation criteria: each non-blank, distinct, at most this long. */
export const ALLIANCE_CRITERIA_MAX = 10;
export const ALLIANCE_CRITERION_MAX_LENGTH = 120;

/** Titles of objectives, key results, milestones and decisions. */
export const ALLIANCE_TITLE_MAX_LENGTH = 160;
export const KEY_RESULT_UNIT_MAX_LENGTH = 20;
/** A key result's numbers (baseline, target, current) lie within ±this. */
export const KEY_RESULT_VALUE_LIMIT = 1e12;
/** A decision's context and outcome. */
export const DECISION_TEXT_MAX_LENGTH = 4000;

/** Counts that keep an alliance's page bounded. */
export const OBJECTIVES_PER_ALLIANCE_MAX = 20;
export const KEY_RESULTS_PER_OBJECTIVE_MAX = 10;
export const MILESTONES_PER_ALLIANCE_MAX = 100;
export const DECISIONS_PER_ALLIANCE_MAX = 500;
/** How many of a key result's updates `KeyResult.history` shows (the newest, oldest first). */
export const KEY_RESULT_HISTORY_SHOWN = 100;
