import { isTrioComplete, sitsInTrio, trioMemberIds, vacantTrioSeats } from './trio-rules';

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

  it('lists the people in the filled seats in trio order, and tells who sits in one', () => {
    expect(trioMemberIds({ tribeLeadId: 'a', productLeadId: null, designLeadId: 'c' })).toEqual(['a', 'c']);
    expect(sitsInTrio('c', full)).toBe(true);
    expect(sitsInTrio('d', full)).toBe(false);
    expect(sitsInTrio('a', { tribeLeadId: null, productLeadId: null, designLeadId: null })).toBe(false);
    expect(sitsInTrio('a', null)).toBe(false);
  });
});
