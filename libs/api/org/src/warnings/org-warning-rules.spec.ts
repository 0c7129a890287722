import { orgWarnings, OrgSnapshot } from './org-warning-rules';

const healthy: OrgSnapshot = {
  tribes: [{ id: 't1', name: 'Payments', memberCount: 40, tribeLeadId: 'a', productLeadId: 'b', designLeadId: 'c' }],
  squads: [{ id: 's1', name: 'Checkout', tribeName: 'Payments', memberCount: 7, productOwnerId: 'p' }],
  chapters: [{ id: 'c1', name: 'Backend', tribeName: 'Payments', leadId: 'l' }],
  guilds: [{ id: 'g1', name: 'Rust', memberCount: 5, coordinatorCount: 1 }],
};

const kinds = (o: OrgSnapshot) => orgWarnings(o).map((w) => w.kind);

describe('org warning rules', () => {
  it('reports nothing for an organisation that follows the model', () => {
    expect(orgWarnings(healthy)).toEqual([]);
  });

  it('flags squads over 12 and under 3 members, but not 3 or 12', () => {
    const squads = [13, 12, 3, 2, 0].map((n, i) => ({ id: `s${i}`, name: `S${i}`, tribeName: 'Payments', memberCount: n, productOwnerId: 'p' }));
    const warnings = orgWarnings({ ...healthy, squads });
    expect(warnings.map((w) => [w.subjectId, w.kind])).toEqual([
      ['s0', 'SQUAD_TOO_LARGE'],
      ['s3', 'SQUAD_TOO_SMALL'],
      ['s4', 'SQUAD_TOO_SMALL'],
    ]);
    expect(warnings[0].message).toMatch(/13 members, more than 12/);
  });

  it('flags a squad without product owner', () => {
    expect(kinds({ ...healthy, squads: [{ ...healthy.squads[0], productOwnerId: null }] })).toEqual(['SQUAD_WITHOUT_PRODUCT_OWNER']);
  });

  it('flags a tribe over 150 people, not at 150', () => {
    expect(kinds({ ...healthy, tribes: [{ ...healthy.tribes[0], memberCount: 150 }] })).toEqual([]);
    const [w] = orgWarnings({ ...healthy, tribes: [{ ...healthy.tribes[0], memberCount: 151 }] });
    expect(w.kind).toBe('TRIBE_OVER_DUNBAR');
    expect(w.message).toMatch(/151 people/);
  });

  it('names the missing trio seats', () => {
    const [w] = orgWarnings({ ...healthy, tribes: [{ ...healthy.tribes[0], productLeadId: null, designLeadId: null }] });
    expect(w.kind).toBe('TRIO_INCOMPLETE');
    expect(w.message).toMatch(/no product lead or design lead/);
    expect(w.subjectName).toBe('Payments');
  });

  it('flags chapters without lead and guilds without coordinator', () => {
    expect(
      kinds({
        ...healthy,
        chapters: [{ ...healthy.chapters[0], leadId: null }],
        guilds: [{ id: 'g1', name: 'Rust', memberCount: 4, coordinatorCount: 0 }],
      }),
    ).toEqual(['CHAPTER_WITHOUT_LEAD', 'GUILD_WITHOUT_COORDINATOR']);
  });
});
