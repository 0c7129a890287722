import { describe, expect, it } from '@jest/globals';
import { tensionAge } from './team-labels';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-02T12:00:00Z');

describe('tensionAge', () => {
  it('counts whole days an open tension has waited', () => {
    expect(tensionAge(new Date(now - 2 * 60 * 60 * 1000).toISOString(), null, now)).toBe('open for less than a day');
    expect(tensionAge(new Date(now - DAY - 1).toISOString(), null, now)).toBe('open for 1 day');
    expect(tensionAge(new Date(now - 9.5 * DAY).toISOString(), null, now)).toBe('open for 9 days');
  });

  it('counts a resolved tension up to its resolution, whatever the day now', () => {
    const raised = new Date(now - 30 * DAY).toISOString();
    expect(tensionAge(raised, new Date(now - 25 * DAY).toISOString(), now)).toBe('was open for 5 days');
  });
});
