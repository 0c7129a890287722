import { ALLIANCE_CRITERIA_MAX, ALLIANCE_CRITERION_MAX_LENGTH, ALLIANCE_NAME_MAX_LENGTH, ALLIANCE_TITLE_MAX_LENGTH, DECISION_TEXT_MAX_LENGTH, KEY_RESULT_VALUE_LIMIT } from '@guildhall/shared-domain';
import { checkCriteria, checkDecision, checkKeyResult, checkNewAlliance, checkTitle } from './alliance-checks';
import { historySummary, niceTicks } from './key-result-chart';
import { allianceMoves, moveItem, percent } from './labels';
import { timelineLayout, timelineTicks } from './milestone-timeline';

describe('moveItem', () => {
  it('moves a criterion up or down one place and leaves the ends where they are', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('checkCriteria', () => {
  it('accepts a few distinct criteria and refuses blanks, duplicates, too long and too many', () => {
    expect(checkCriteria(['Customer trust', 'Speed'])).toBeUndefined();
    expect(checkCriteria(['Speed', ' '])).toMatch(/blank/);
    expect(checkCriteria(['Speed', 'speed '])).toMatch(/twice/);
    expect(checkCriteria(['x'.repeat(ALLIANCE_CRITERION_MAX_LENGTH + 1)])).toMatch(`${ALLIANCE_CRITERION_MAX_LENGTH}`);
    expect(checkCriteria(Array.from({ length: ALLIANCE_CRITERIA_MAX + 1 }, (_, i) => `c${i}`))).toMatch(`${ALLIANCE_CRITERIA_MAX}`);
  });
});

describe('allianceMoves', () => {
  it('offers only the moves the API allows', () => {
    expect(allianceMoves('FORMING').map((m) => m.to)).toEqual(['ACTIVE', 'DISBANDED']);
    expect(allianceMoves('ACTIVE').map((m) => m.to)).toEqual(['COMPLETED', 'DISBANDED']);
    expect(allianceMoves('COMPLETED')).toEqual([]);
    expect(allianceMoves('DISBANDED')).toEqual([]);
  });
});

describe('percent', () => {
  it('rounds and clamps progress to 0..100', () => {
    expect(percent(0.456)).toBe(46);
    expect(percent(1.2)).toBe(100);
    expect(percent(-0.1)).toBe(0);
  });
});

describe('timelineLayout', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  it('puts each squad on a lane, milestones without one last, and keeps today inside the axis', () => {
    const { lanes, points, domain } = timelineLayout(
      [
        { id: '1', title: 'Beta', dueDate: '2027-01-10T00:00:00Z', status: 'PLANNED', overdue: false, squad: { name: 'Search' } },
        { id: '2', title: 'Alpha', dueDate: '2027-02-10T00:00:00Z', status: 'AT_RISK', overdue: false, squad: null },
        { id: '3', title: 'A rather long milestone title indeed', dueDate: '2027-03-10T00:00:00Z', status: 'DONE', overdue: false, squad: { name: 'Checkout' } },
      ],
      now,
    );
    expect(lanes.map((l) => l.name)).toEqual(['Checkout', 'Search', 'No squad']);
    expect(points.map((p) => p.y)).toEqual([1, 2, 0]);
    expect(points[2].label.endsWith('…')).toBe(true);
    expect(domain[0]).toBeLessThan(now);
    expect(domain[1]).toBeGreaterThan(Date.parse('2027-03-10T00:00:00Z'));
  });
  it('spans a few days around today when there is a single milestone today', () => {
    const { domain } = timelineLayout([{ id: '1', title: 'Now', dueDate: new Date(now).toISOString(), status: 'PLANNED', overdue: false }], now);
    expect(domain[1] - domain[0]).toBeGreaterThan(5 * 24 * 3600 * 1000);
  });
});

describe('timelineTicks', () => {
  it('spreads distinct day starts inside the axis', () => {
    const from = Date.parse('2026-11-01T00:00:00');
    const to = Date.parse('2027-01-01T00:00:00');
    const ticks = timelineTicks([from, to], 6);
    expect(ticks).toHaveLength(6);
    expect(ticks.every((t) => t > from && t < to && new Date(t).getHours() === 0)).toBe(true);
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
  });
});

describe('historySummary', () => {
  it('says where the value started and where it is', () => {
    const text = historySummary('Checkout p95', [
      { value: 900, updatedAt: '2026-11-01T10:00:00Z' },
      { value: 700, updatedAt: '2026-11-20T10:00:00Z' },
    ], 400, 'ms');
    expect(text).toBe('Checkout p95 over time: 900 ms on 1 Nov, 700 ms on 20 Nov, 2 values in all; target 400 ms.');
  });
});

describe('niceTicks', () => {
  it('covers the values with round steps', () => {
    expect(niceTicks(250, 850)).toEqual([200, 400, 600, 800, 1000]);
    expect(niceTicks(2.1, 4)).toEqual([2, 3, 4]);
    expect(niceTicks(0, 100)).toEqual([0, 50, 100]);
    expect(niceTicks(5, 5)).toEqual([4, 5, 6]);
  });
});

describe('the forms’ own checks', () => {
  it('a new alliance needs a name, a goal, two tribes and, for a trio member, one of theirs', () => {
    const ok = { name: 'Checkout everywhere', goal: 'Pay in one tap.', tribeIds: ['a', 'b'], criteria: ['Trust'] };
    expect(checkNewAlliance(ok, ['a'])).toEqual({});
    expect(checkNewAlliance(ok, null)).toEqual({});
    expect(Object.keys(checkNewAlliance({ ...ok, name: ' ', goal: '' }, null))).toEqual(['name', 'goal']);
    expect(checkNewAlliance({ ...ok, tribeIds: ['a'] }, ['a'])['tribeIds']).toMatch(/at least 2/);
    expect(checkNewAlliance(ok, ['c'])['tribeIds']).toMatch(/whose trio you sit in/);
    expect(checkNewAlliance({ ...ok, name: 'x'.repeat(ALLIANCE_NAME_MAX_LENGTH + 1) }, null)['name']).toMatch(`${ALLIANCE_NAME_MAX_LENGTH}`);
    expect(checkNewAlliance({ ...ok, criteria: ['Trust', 'trust'] }, null)['criteria']).toMatch(/twice/);
  });

  it('a key result needs numbers for its baseline and target; the current value may be left out', () => {
    const { problems, input } = checkKeyResult({ title: ' p95 ', unit: 'ms', baseline: '900', target: '300,5', current: '' });
    expect(problems).toEqual({});
    expect(input).toEqual({ title: 'p95', unit: 'ms', baseline: 900, target: 300.5, current: null });
    expect(Object.keys(checkKeyResult({ title: '', unit: '', baseline: 'abc', target: '', current: '1e999' }).problems)).toEqual(['title', 'baseline', 'target', 'current']);
    expect(checkKeyResult({ title: 't', unit: '', baseline: String(KEY_RESULT_VALUE_LIMIT * 10), target: '1', current: '' }).problems['baseline']).toMatch(/within/);
  });

  it('titles are required and bounded', () => {
    expect(checkTitle('Pilot', 'milestone', 'Say what.')).toEqual({});
    expect(checkTitle(' ', 'milestone', 'Say what.')).toEqual({ title: 'Say what.' });
    expect(checkTitle('x'.repeat(ALLIANCE_TITLE_MAX_LENGTH + 1), 'milestone', 'Say what.')['title']).toMatch(`${ALLIANCE_TITLE_MAX_LENGTH}`);
  });

  it('a decision needs a title and an outcome', () => {
    expect(checkDecision({ title: 'Cards first', context: '', outcome: 'Wallets later.', criteria: [] })).toEqual({});
    expect(Object.keys(checkDecision({ title: ' ', context: 'x'.repeat(DECISION_TEXT_MAX_LENGTH + 1), outcome: '', criteria: [] }))).toEqual(['title', 'context', 'outcome']);
  });
});
