import { badInput } from '@guildhall/api-core';
import type { TensionStatusName } from '@guildhall/shared-domain';

/** A linked decision belongs to the tension's alliance; one recorded outside any alliance only for a tension outside any. */
export function assertDecisionFits(tension: { allianceId: string | null }, decision: { allianceId: string | null } | null): void {
  if (!decision) throw badInput('There is no decision with that id.', 'decisionId');
  if (decision.allianceId !== tension.allianceId) {
    throw badInput(
      tension.allianceId
        ? "That decision was not recorded in this tension's alliance: cite one of the alliance's decisions."
        : 'This tension belongs to no alliance: cite a decision recorded outside any alliance.',
      'decisionId',
    );
  }
}

export function assertCanStartReview(t: { status: TensionStatusName }): void {
  if (t.status === 'IN_REVIEW') throw badInput('That tension is already in review.', 'id');
  if (t.status === 'RESOLVED') throw badInput('That tension is resolved; raise a new one if it is back.', 'id');
}

export function assertCanResolve(t: { status: TensionStatusName }): void {
  if (t.status === 'RESOLVED') throw badInput('That tension is already resolved.', 'id');
}
