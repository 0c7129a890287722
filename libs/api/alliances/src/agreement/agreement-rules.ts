import { badInput } from '@guildhall/api-core';
import type { AgreementStatusName } from '@guildhall/shared-domain';

type Party = { providerSquadId: string; consumerSquadId: string; proposedBySquadId: string };

/** The squad that did not propose the agreement: the one that accepts it. */
export function acceptingSquadId(a: Party): string {
  return a.proposedBySquadId === a.providerSquadId ? a.consumerSquadId : a.providerSquadId;
}

export function isParty(a: Party, squadId: string | null): boolean {
  return !!squadId && (a.providerSquadId === squadId || a.consumerSquadId === squadId);
}

/** Past its review date and still in force (or proposed): both squads' pages show it as due for review. */
export function isDueForReview(a: { reviewBy: Date | null; status: AgreementStatusName }, now: Date): boolean {
  return a.status !== 'RETIRED' && !!a.reviewBy && a.reviewBy.getTime() < now.getTime();
}

/** Accepting: only a PROPOSED agreement. */
export function assertCanAccept(a: { status: AgreementStatusName }): void {
  if (a.status === 'AGREED') throw badInput('That agreement is already agreed.', 'id');
  if (a.status === 'RETIRED') throw badInput('That agreement is retired; propose a new one instead.', 'id');
}

/** Retiring: a PROPOSED or AGREED agreement, once. */
export function assertCanRetire(a: { status: AgreementStatusName }): void {
  if (a.status === 'RETIRED') throw badInput('That agreement is already retired.', 'id');
}
