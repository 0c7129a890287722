import { DomainEvents, Viewer } from '@guildhall/api-core';
import { DependenciesService } from '../dependency/dependencies.service';
import { DependencyAnswered, DependencyRequested } from '../dependency/dependency-events';
import { DependencyRecord } from '../dependency/dependency.record';
import { TensionRaised } from './tension-events';
import { TensionRecord } from './tension.record';
import { TensionsService } from './tensions.service';

/** Requesting and answering dependencies and raising tensions tell whoever listens, inside the action's transaction. */
describe('team API events', () => {
  const tx = { query: jest.fn() };
  const db = { transaction: (work: (t: unknown) => Promise<unknown>) => work(tx) };
  const viewer: Viewer = { id: 'me', role: 'MEMBER', sessionId: 's' };
  const squads: Record<string, { id: string; name: string; tribeId: string }> = {
    req: { id: 'req', name: 'Checkout', tribeId: 't' },
    prov: { id: 'prov', name: 'Payments', tribeId: 't' },
  };
  const dependency = Object.assign(new DependencyRecord(), {
    id: 'dep',
    allianceId: null,
    requesterSquadId: 'req',
    providerSquadId: 'prov',
    offerId: null,
    description: 'Wallets',
    neededBy: null,
    status: 'REQUESTED',
    response: null,
  });
  const access = (viewerSquadId: string) => ({
    squadOf: async (id: string) => squads[id],
    requireSquad: async (id: string) => squads[id],
    squadIdOf: async () => viewerSquadId,
    findSquads: async (ids: string[]) => ids.map((id) => squads[id]).filter(Boolean),
  });

  function dependencies(events: DomainEvents, viewerSquadId: string) {
    const repository = {
      findById: async () => dependency,
      openCountsLocked: async () => new Map(),
      create: async () => dependency,
      move: async (_tx: unknown, _id: string, _from: string, to: string, response: string | null) => ({ ...dependency, status: to, response }),
    };
    return new DependenciesService(db as any, repository as any, {} as any, access(viewerSquadId) as any, {} as any, {} as any, events);
  }

  it('publishes DependencyRequested to the provider and DependencyAnswered to the requester, with the transaction and the actor', async () => {
    const events = new DomainEvents();
    const seen: any[] = [];
    events.subscribe(DependencyRequested, (e) => void seen.push(e));
    events.subscribe(DependencyAnswered, (e) => void seen.push(e));
    await dependencies(events, 'req').request(viewer, { requesterSquadId: 'req', providerSquadId: 'prov', description: 'Wallets' });
    await dependencies(events, 'prov').respond(viewer, 'dep', 'DECLINED', 'No capacity');
    expect(seen.map((e) => e.constructor)).toEqual([DependencyRequested, DependencyAnswered]);
    for (const e of seen) {
      expect(e.tx).toBe(tx);
      expect(e.actor).toBe(viewer);
      expect(e.dependency).toEqual({ id: 'dep', allianceId: null, requesterSquadId: 'req', providerSquadId: 'prov', description: 'Wallets' });
    }
    expect(seen[0].squadIds).toEqual(['prov']);
    expect(seen[1]).toMatchObject({ status: 'DECLINED', response: 'No capacity', squadIds: ['req'] });
  });

  it('publishes nothing when the rules refuse, and fails the action when a subscriber fails', async () => {
    const events = new DomainEvents();
    const seen: object[] = [];
    events.subscribe(DependencyAnswered, (e) => void seen.push(e));
    await expect(dependencies(events, 'prov').respond(viewer, 'dep', 'DELIVERED', null)).rejects.toThrow(/cannot become DELIVERED/);
    await expect(dependencies(events, 'req').respond(viewer, 'dep', 'ACCEPTED', null)).rejects.toThrow(/Only members of squad Payments/);
    expect(seen).toEqual([]);
    events.subscribe(DependencyRequested, () => {
      throw new Error('cannot notify');
    });
    await expect(dependencies(events, 'req').request(viewer, { requesterSquadId: 'req', providerSquadId: 'prov', description: 'Wallets' })).rejects.toThrow('cannot notify');
  });

  it("publishes TensionRaised with its squads, and the coaches on call (not the raiser) when it asks for a coach", async () => {
    const raised = Object.assign(new TensionRecord(), { id: 'ten', allianceId: null, title: 'Trains collide', squadIds: ['req', 'prov'] });
    const repository = { create: async () => raised };
    const coaches = { ids: async () => ['coach', 'me'] };
    const deps = { allianceOf: async () => null };
    const service = (events: DomainEvents) => new TensionsService(db as any, repository as any, access('req') as any, {} as any, deps as any, {} as any, {} as any, coaches as any, events);
    const events = new DomainEvents();
    const seen: TensionRaised[] = [];
    events.subscribe(TensionRaised, (e) => void seen.push(e));
    await service(events).raise(viewer, { title: 'Trains collide', description: 'Same week', squadIds: ['req', 'prov', 'req'], wantsCoach: true });
    await service(events).raise(viewer, { title: 'Trains collide', description: 'Same week', squadIds: ['req'] });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ tx, actor: viewer, tension: { id: 'ten', allianceId: null, title: 'Trains collide' }, squadIds: ['req', 'prov'], userIds: ['coach'] });
    expect(seen[1].userIds).toEqual([]);
  });
});
