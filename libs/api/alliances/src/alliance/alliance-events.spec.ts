import { DomainEvents, Viewer } from '@guildhall/api-core';
import { AllianceAccess } from './alliance-access';
import { AllianceFormed, TribeJoinedAlliance } from './alliance-events';
import { AlliancesService } from './alliances.service';

/** Forming an alliance and a tribe joining tell whoever listens, inside the action's transaction. */
describe('alliance events', () => {
  const tx = { query: jest.fn() };
  const lead: Viewer = { id: 'lead-a', role: 'MEMBER', sessionId: 's' };
  type Seats = { id: string; name: string; tribeLeadId: string | null; productLeadId: string | null; designLeadId: string | null };
  const tribeA: Seats = { id: '00000000-0000-4000-8000-00000000000a', name: 'A', tribeLeadId: 'lead-a', productLeadId: 'pl-a', designLeadId: null };
  const tribeB: Seats = { id: '00000000-0000-4000-8000-00000000000b', name: 'B', tribeLeadId: 'lead-b', productLeadId: null, designLeadId: 'dl-b' };
  const tribeC: Seats = { id: '00000000-0000-4000-8000-00000000000c', name: 'C', tribeLeadId: 'lead-c', productLeadId: 'pl-c', designLeadId: 'dl-c' };
  const allianceId = '00000000-0000-4000-8000-0000000000aa';
  const alliance = { id: allianceId, slug: 'faster-checkout', name: 'Faster checkout', goal: 'g', status: 'FORMING', criteria: [], revision: 1, createdById: 'lead-a' };

  function service(events: DomainEvents, inAlliance = [tribeA, tribeB]) {
    const tribes = [tribeA, tribeB, tribeC];
    const repository = {
      create: async () => alliance,
      lock: async () => alliance,
      addTribe: async () => true,
    };
    const access = {
      tribesByIds: async (ids: string[]) => ids.map((id) => tribes.find((t) => t.id === id)).filter(Boolean),
      tribesOf: async () => inAlliance,
    };
    const db = { transaction: (work: (t: unknown) => Promise<unknown>) => work(tx) };
    return new AlliancesService(db as any, repository as any, access as unknown as AllianceAccess, events);
  }

  it('publishes AllianceFormed with each founding tribe and its trio members, in the transaction', async () => {
    const events = new DomainEvents();
    const seen: AllianceFormed[] = [];
    events.subscribe(AllianceFormed, (e) => void seen.push(e));
    await service(events).create(lead, { name: 'Faster checkout', goal: 'Checkout in one minute', tribeIds: [tribeA.id, tribeB.id] });
    expect(seen).toHaveLength(1);
    expect(seen[0].tx).toBe(tx);
    expect(seen[0].actor).toBe(lead);
    expect(seen[0].alliance).toEqual({ id: allianceId, slug: 'faster-checkout', name: 'Faster checkout' });
    expect(seen[0].tribes).toEqual([
      { tribeId: tribeA.id, trioMemberIds: ['lead-a', 'pl-a'] },
      { tribeId: tribeB.id, trioMemberIds: ['lead-b', 'dl-b'] },
    ]);
  });

  it("publishes TribeJoinedAlliance with the joining tribe's trio when its own trio adds it", async () => {
    const events = new DomainEvents();
    const seen: TribeJoinedAlliance[] = [];
    events.subscribe(TribeJoinedAlliance, (e) => void seen.push(e));
    const joiner: Viewer = { id: 'pl-c', role: 'MEMBER', sessionId: 's' };
    await service(events).addTribe(joiner, allianceId, tribeC.id);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ tx, actor: joiner, tribeId: tribeC.id, trioMemberIds: ['lead-c', 'pl-c', 'dl-c'] });
    expect(seen[0].alliance).toEqual({ id: allianceId, slug: 'faster-checkout', name: 'Faster checkout' });
  });

  it('publishes nothing when the tribe is in already, or when the adder may not add it', async () => {
    const events = new DomainEvents();
    const seen: object[] = [];
    events.subscribe(TribeJoinedAlliance, (e) => void seen.push(e));
    await service(events, [tribeA, tribeB, tribeC]).addTribe(lead, allianceId, tribeC.id);
    const stranger: Viewer = { id: 'someone', role: 'MEMBER', sessionId: 's' };
    await expect(service(events).addTribe(stranger, allianceId, tribeC.id)).rejects.toThrow(/trio/);
    expect(seen).toEqual([]);
  });

  it('fails the action when a subscriber fails, so its transaction rolls back', async () => {
    const events = new DomainEvents();
    events.subscribe(AllianceFormed, () => {
      throw new Error('cannot notify');
    });
    await expect(service(events).create(lead, { name: 'X', goal: 'Y', tribeIds: [tribeA.id, tribeB.id] })).rejects.toThrow('cannot notify');
  });
});
