import { ALLIANCE_CRITERIA_MAX, ALLIANCE_STATUSES, ALLIANCE_TRIBES_MAX, AllianceStatusName } from '@guildhall/shared-domain';
import { allianceStatusMove, cleanCriteria, distinctTribeIds } from './alliance-rules';

describe('alliance status moves', () => {
  const allowed: [AllianceStatusName, AllianceStatusName][] = [
    ['FORMING', 'ACTIVE'],
    ['ACTIVE', 'COMPLETED'],
    ['ACTIVE', 'DISBANDED'],
    ['FORMING', 'DISBANDED'],
  ];

  it.each(allowed)('lets an alliance move from %s to %s', (from, to) => {
    expect(allianceStatusMove(from, to)).toBe('move');
  });

  it('lets every status stay where it is (a no-op)', () => {
    for (const s of ALLIANCE_STATUSES) expect(allianceStatusMove(s, s)).toBe('stay');
  });

  it('refuses every other move: back to FORMING, out of COMPLETED or DISBANDED, FORMING straight to COMPLETED', () => {
    const refused = ALLIANCE_STATUSES.flatMap((from) => ALLIANCE_STATUSES.map((to) => [from, to] as const)).filter(
      ([from, to]) => from !== to && !allowed.some(([a, b]) => a === from && b === to),
    );
    expect(refused).toContainEqual(['FORMING', 'COMPLETED']);
    expect(refused).toContainEqual(['COMPLETED', 'ACTIVE']);
    expect(refused).toContainEqual(['DISBANDED', 'FORMING']);
    expect(refused).toHaveLength(8);
    for (const [from, to] of refused) expect(allianceStatusMove(from, to)).toBe('refused');
  });
});

describe('alliance input rules', () => {
  it('counts tribes after de-duplication: two distinct are enough, one twice is not', () => {
    expect(distinctTribeIds(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(() => distinctTribeIds(['a', 'a'])).toThrow(/at least 2/);
    expect(() => distinctTribeIds(Array.from({ length: ALLIANCE_TRIBES_MAX + 1 }, (_, i) => `t${i}`))).toThrow(/at most/);
  });

  it('keeps criteria in their order, trimmed, and refuses blank, duplicate (any case), too many', () => {
    expect(cleanCriteria(['  Customer value ', 'Time to market'])).toEqual(['Customer value', 'Time to market']);
    expect(() => cleanCriteria(['Speed', ' '])).toThrow(/blank/);
    expect(() => cleanCriteria(['Speed', 'speed'])).toThrow(/twice/);
    expect(() => cleanCriteria(Array.from({ length: ALLIANCE_CRITERIA_MAX + 1 }, (_, i) => `c${i}`))).toThrow(/at most/);
  });
});
