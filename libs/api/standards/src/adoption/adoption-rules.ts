import { badInput } from '@guildhall/api-core';
import { ADOPTION_STATUSES, AdoptionStatusName } from '@guildhall/shared-domain';
import { cleanNote } from '../standard/standard-rules';
import { StandardRecord } from '../standard/standard.record';
import { AdoptionRecord, AdoptionView } from './adoption.record';

/** What a standard needs for its adoptions to be read. */
export type AdoptedStandard = Pick<StandardRecord, 'id' | 'status' | 'currentVersion' | 'adoptBy'>;

/** The squad an adoption is of, and the chapter's lead: what says who may record it. */
export interface AdoptingSquad {
  id: string;
  productOwnerId: string | null;
}

/**
 * A squad's adoption as it reads at `now`: nothing recorded or a lapsed exemption is NOT_STARTED;
 * ADOPTED / IN_PROGRESS on an older version than the current one is outdated; a published standard
 * past its `adoptBy` that the squad has neither adopted nor been exempted from is overdue.
 */
export function readAdoption(
  standard: AdoptedStandard,
  squad: AdoptingSquad,
  chapterLeadId: string | null,
  stored: AdoptionRecord | undefined,
  now: Date,
): AdoptionView {
  const lapsed = stored?.status === 'EXEMPT' && stored.exemptUntil !== null && stored.exemptUntil.getTime() <= now.getTime();
  const live = stored && !lapsed ? stored : undefined;
  const status: AdoptionStatusName = live?.status ?? 'NOT_STARTED';
  const version = status === 'ADOPTED' || status === 'IN_PROGRESS' ? (live?.version ?? null) : null;
  const applies = standard.currentVersion !== null && standard.status !== 'DEPRECATED';
  return {
    standardId: standard.id,
    squadId: squad.id,
    chapterLeadId,
    productOwnerId: squad.productOwnerId,
    status,
    version,
    outdated: version !== null && standard.currentVersion !== null && version < standard.currentVersion,
    overdue: applies && standard.adoptBy !== null && standard.adoptBy.getTime() < now.getTime() && (status === 'NOT_STARTED' || status === 'IN_PROGRESS'),
    note: live?.note ?? null,
    exemptUntil: live?.status === 'EXEMPT' ? live.exemptUntil : null,
    updatedAt: stored?.updatedAt ?? null,
    updatedById: stored?.updatedById ?? null,
  };
}

export interface AdoptionSummaryView {
  squads: number;
  adopted: number;
  inProgress: number;
  notStarted: number;
  exempt: number;
  outdated: number;
  overdue: number;
  adoptionRate: number;
}

/** Counts of the adoptions; adoptionRate = adopted / (squads - exempt), 0 when nothing applies. */
export function summarise(adoptions: AdoptionView[]): AdoptionSummaryView {
  const count = (status: AdoptionStatusName) => adoptions.filter((a) => a.status === status).length;
  const adopted = count('ADOPTED');
  const exempt = count('EXEMPT');
  const applicable = adoptions.length - exempt;
  return {
    squads: adoptions.length,
    adopted,
    inProgress: count('IN_PROGRESS'),
    notStarted: count('NOT_STARTED'),
    exempt,
    outdated: adoptions.filter((a) => a.outdated).length,
    overdue: adoptions.filter((a) => a.overdue).length,
    adoptionRate: applicable > 0 ? adopted / applicable : 0,
  };
}

export interface AdoptionChoice {
  status: AdoptionStatusName;
  note: string | null;
  exemptUntil: Date | null;
}

/** EXEMPT needs a note and, if it lapses, a future end; only EXEMPT has an end. */
export function checkAdoptionChoice(input: { status: string; note?: string | null; exemptUntil?: Date | null }, now: Date): AdoptionChoice {
  if (!(ADOPTION_STATUSES as readonly string[]).includes(input.status)) throw badInput(`status must be one of ${ADOPTION_STATUSES.join(', ')}.`, 'status');
  const status = input.status as AdoptionStatusName;
  const note = cleanNote(input.note, 'note');
  const exemptUntil = input.exemptUntil ?? null;
  if (exemptUntil !== null && (!(exemptUntil instanceof Date) || Number.isNaN(exemptUntil.getTime()))) throw badInput('exemptUntil must be a date and time.', 'exemptUntil');
  if (status === 'EXEMPT') {
    if (!note) throw badInput('An exemption needs a note that says why.', 'note');
    if (exemptUntil && exemptUntil.getTime() <= now.getTime()) throw badInput('exemptUntil must be in the future.', 'exemptUntil');
  } else if (exemptUntil) {
    throw badInput('Only an exemption has an end (exemptUntil).', 'exemptUntil');
  }
  return { status, note, exemptUntil };
}
