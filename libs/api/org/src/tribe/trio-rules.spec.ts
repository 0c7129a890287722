import { isTrioComplete, vacantTrioSeats } from './trio-rules';

describe('trio rules', () => {
  const full = { tribeLeadId: 'a', productLeadId: 'b', designLeadId: 'c' };

  it('is complete only with all three seats filled', () => {
    expect(isTrioComplete(full)).toBe(true);
    expect(isTrioComplete({ ...full, designLeadId: null })).toBe(false);
    expect(isTrioComplete({ tribeLeadId: null, productLeadId: null, designLeadId: null })).toBe(false);
  });

  it('names the vacant seats in trio order', () => {
    expect(vacantTrioSeats(full)).toEqual([]);
    expect(vacantTrioSeats({ tribeLeadId: null, productLeadId: 'b', designLeadId: null })).toEqual(['tribe lead', 'design lead']);
  });
});
