import { AdoptionRecord } from './adoption.record';
import { checkAdoptionChoice, readAdoption, summarise } from './adoption-rules';

const now = new Date('2026-06-01T12:00:00Z');
const standard = { id: 's', status: 'PUBLISHED' as const, currentVersion: 3, adoptBy: null };
const squad = { id: 'q', productOwnerId: null };
const stored = (over: Partial<AdoptionRecord>): AdoptionRecord =>
  Object.assign(new AdoptionRecord(), { standardId: 's', squadId: 'q', status: 'ADOPTED', version: 3, note: null, exemptUntil: null, updatedAt: now, updatedById: 'u', ...over });

describe('readAdoption', () => {
  it('is NOT_STARTED where nothing is recorded', () => {
    expect(readAdoption(standard, squad, null, undefined, now)).toMatchObject({ status: 'NOT_STARTED', version: null, outdated: false, overdue: false, updatedById: null });
  });

  it('is outdated on an older version than the current one, ADOPTED or IN_PROGRESS alike', () => {
    expect(readAdoption(standard, squad, null, stored({ version: 2 }), now).outdated).toBe(true);
    expect(readAdoption(standard, squad, null, stored({ status: 'IN_PROGRESS', version: 1 }), now).outdated).toBe(true);
    expect(readAdoption(standard, squad, null, stored({ version: 3 }), now).outdated).toBe(false);
  });

  it('reads a lapsed exemption as NOT_STARTED, a live one as EXEMPT', () => {
    const lapsed = stored({ status: 'EXEMPT', version: null, note: 'why', exemptUntil: new Date(now.getTime() - 1) });
    expect(readAdoption(standard, squad, null, lapsed, now)).toMatchObject({ status: 'NOT_STARTED', note: null, exemptUntil: null });
    const live = stored({ status: 'EXEMPT', version: null, note: 'why', exemptUntil: new Date(now.getTime() + 1) });
    expect(readAdoption(standard, squad, null, live, now)).toMatchObject({ status: 'EXEMPT', note: 'why' });
  });

  it('is overdue past adoptBy unless adopted or exempt, and never for a deprecated standard', () => {
    const late = { ...standard, adoptBy: new Date(now.getTime() - 1) };
    expect(readAdoption(late, squad, null, undefined, now).overdue).toBe(true);
    expect(readAdoption(late, squad, null, stored({ status: 'IN_PROGRESS' }), now).overdue).toBe(true);
    expect(readAdoption(late, squad, null, stored({}), now).overdue).toBe(false);
    expect(readAdoption(late, squad, null, stored({ status: 'EXEMPT', version: null, note: 'n' }), now).overdue).toBe(false);
    expect(readAdoption({ ...late, status: 'DEPRECATED' }, squad, null, undefined, now).overdue).toBe(false);
  });
});

describe('summarise', () => {
  it('is 0 throughout when nothing applies, and adopted / (squads - exempt) otherwise', () => {
    expect(summarise([])).toEqual({ squads: 0, adopted: 0, inProgress: 0, notStarted: 0, exempt: 0, outdated: 0, overdue: 0, adoptionRate: 0 });
    const exempt = readAdoption(standard, squad, null, stored({ status: 'EXEMPT', version: null, note: 'n' }), now);
    expect(summarise([exempt]).adoptionRate).toBe(0);
    const views = [stored({}), stored({ version: 1 }), stored({ status: 'IN_PROGRESS' }), stored({ status: 'EXEMPT', version: null, note: 'n' })].map((r) =>
      readAdoption(standard, squad, null, r, now),
    );
    expect(summarise([...views, readAdoption(standard, squad, null, undefined, now)])).toEqual({
      squads: 5,
      adopted: 2,
      inProgress: 1,
      notStarted: 1,
      exempt: 1,
      outdated: 1,
      overdue: 0,
      adoptionRate: 0.5,
    });
  });
});

describe('checkAdoptionChoice', () => {
  it('needs a note for EXEMPT, a future end only for EXEMPT, and a known status', () => {
    expect(() => checkAdoptionChoice({ status: 'EXEMPT' }, now)).toThrow(/note/);
    expect(() => checkAdoptionChoice({ status: 'EXEMPT', note: 'n', exemptUntil: now }, now)).toThrow(/future/);
    expect(() => checkAdoptionChoice({ status: 'ADOPTED', exemptUntil: new Date(now.getTime() + 1) }, now)).toThrow(/Only an exemption/);
    expect(() => checkAdoptionChoice({ status: 'DONE' }, now)).toThrow(/status/);
    expect(checkAdoptionChoice({ status: 'EXEMPT', note: '  legacy  ' }, now)).toEqual({ status: 'EXEMPT', note: 'legacy', exemptUntil: null });
  });
});
