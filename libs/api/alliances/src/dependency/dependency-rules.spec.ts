import { DEPENDENCY_STATUSES, DependencyStatusName, TEAM_API_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { dependencyStatusMove, isOverdue } from './dependency-rules';

const codeOf = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (e: any) {
    return `${e.extensions?.code}:${e.extensions?.field}`;
  }
};

describe('dependencyStatusMove', () => {
  const allowed: [DependencyStatusName, DependencyStatusName][] = [
    ['REQUESTED', 'ACCEPTED'],
    ['REQUESTED', 'DECLINED'],
    ['ACCEPTED', 'DELIVERED'],
  ];

  it('allows REQUESTED -> ACCEPTED | DECLINED and ACCEPTED -> DELIVERED, and refuses every other pair as BAD_USER_INPUT on status', () => {
    for (const from of DEPENDENCY_STATUSES) {
      for (const to of DEPENDENCY_STATUSES) {
        const ok = allowed.some(([f, t]) => f === from && t === to);
        const result = codeOf(() => dependencyStatusMove(from, to, 'Because'));
        expect([from, to, result]).toEqual([from, to, ok ? null : 'BAD_USER_INPUT:status']);
      }
    }
  });

  it('needs a non-blank response to decline, and keeps the response trimmed', () => {
    expect(codeOf(() => dependencyStatusMove('REQUESTED', 'DECLINED', null))).toBe('BAD_USER_INPUT:response');
    expect(codeOf(() => dependencyStatusMove('REQUESTED', 'DECLINED', '   '))).toBe('BAD_USER_INPUT:response');
    expect(dependencyStatusMove('REQUESTED', 'DECLINED', '  No capacity this quarter ')).toEqual({ status: 'DECLINED', response: 'No capacity this quarter' });
    expect(dependencyStatusMove('REQUESTED', 'ACCEPTED', undefined)).toEqual({ status: 'ACCEPTED', response: null });
  });

  it('refuses an unknown status and a response that is too long', () => {
    expect(codeOf(() => dependencyStatusMove('REQUESTED', 'DONE', null))).toBe('BAD_USER_INPUT:status');
    expect(codeOf(() => dependencyStatusMove('REQUESTED', 'ACCEPTED', 'x'.repeat(TEAM_API_TEXT_MAX_LENGTH + 1)))).toBe('BAD_USER_INPUT:response');
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const past = new Date('2026-05-31T12:00:00Z');
  const future = new Date('2026-06-02T12:00:00Z');

  it('is past neededBy while requested or accepted; never when delivered, declined or without a date', () => {
    expect(isOverdue({ neededBy: past, status: 'REQUESTED' }, now)).toBe(true);
    expect(isOverdue({ neededBy: past, status: 'ACCEPTED' }, now)).toBe(true);
    expect(isOverdue({ neededBy: past, status: 'DELIVERED' }, now)).toBe(false);
    expect(isOverdue({ neededBy: past, status: 'DECLINED' }, now)).toBe(false);
    expect(isOverdue({ neededBy: future, status: 'REQUESTED' }, now)).toBe(false);
    expect(isOverdue({ neededBy: null, status: 'ACCEPTED' }, now)).toBe(false);
  });
});
