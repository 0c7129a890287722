import { DomainEvents, Viewer } from '@guildhall/api-core';
import { StandardDeprecated, StandardPublished, StandardSubmittedForReview } from './standard-events';
import { StandardRecord } from './standard.record';
import { StandardsService } from './standards.service';

/** Submitting, publishing and deprecating tell whoever listens, inside the action's transaction. */
describe('standard events', () => {
  const tx = { query: jest.fn() };
  const viewer: Viewer = { id: 'lead', role: 'MEMBER', sessionId: 's' };
  const base = Object.assign(new StandardRecord(), { id: 'std', slug: 'logs', title: 'Logs', chapterId: 'ch', draftPending: true, revision: 1 });

  function service(standard: Partial<StandardRecord>, events: DomainEvents) {
    const record = { ...base, ...standard };
    const repository = {
      findById: async () => record,
      lock: async () => record,
      lockMany: async () => [record],
      setStatus: async (_tx: unknown, _id: string, status: string) => ({ ...record, status }),
      publish: async () => ({ ...record, status: 'PUBLISHED', currentVersion: (record.currentVersion ?? 0) + 1, draftPending: false }),
      deprecate: async (_tx: unknown, _id: string, reason: string) => ({ ...record, status: 'DEPRECATED', deprecationReason: reason }),
    };
    const access = { chapter: async () => ({ id: 'ch', tribeId: 'tribe', leadId: 'lead', name: 'Backend' }), assertCanWrite: () => undefined };
    const db = { transaction: (work: (t: unknown) => Promise<unknown>) => work(tx) };
    return new StandardsService(db as any, repository as any, access as any, events);
  }

  it('publishes StandardSubmittedForReview, StandardPublished and StandardDeprecated with the transaction, the actor and the tribe told', async () => {
    const events = new DomainEvents();
    const seen: object[] = [];
    for (const type of [StandardSubmittedForReview, StandardPublished, StandardDeprecated]) events.subscribe(type as any, (e: object) => void seen.push(e));
    await service({ status: 'DRAFT', currentVersion: null }, events).submitForReview(viewer, 'std');
    await service({ status: 'IN_REVIEW', currentVersion: null }, events).publish(viewer, 'std', 'First');
    await service({ status: 'PUBLISHED', currentVersion: 2, draftPending: false }, events).deprecate(viewer, 'std', 'Replaced', null);
    expect(seen.map((e) => e.constructor)).toEqual([StandardSubmittedForReview, StandardPublished, StandardDeprecated]);
    for (const e of seen as StandardPublished[]) {
      expect(e.tx).toBe(tx);
      expect(e.actor).toBe(viewer);
      expect(e.tribeId).toBe('tribe');
      expect(e.standard).toEqual({ id: 'std', slug: 'logs', title: 'Logs', chapterId: 'ch' });
    }
    expect(seen[1]).toMatchObject({ version: 1, changeNote: 'First' });
    expect(seen[2]).toMatchObject({ reason: 'Replaced', supersededById: null });
  });

  it('fails the action when a subscriber fails, so its transaction rolls back', async () => {
    const events = new DomainEvents();
    events.subscribe(StandardPublished, () => {
      throw new Error('cannot notify');
    });
    await expect(service({ status: 'IN_REVIEW', currentVersion: null }, events).publish(viewer, 'std', null)).rejects.toThrow('cannot notify');
  });

  it('publishes nothing when the lifecycle refuses the step', async () => {
    const events = new DomainEvents();
    const seen: object[] = [];
    events.subscribe(StandardPublished, (e) => void seen.push(e));
    await expect(service({ status: 'DRAFT', currentVersion: null }, events).publish(viewer, 'std', null)).rejects.toThrow(/review/);
    expect(seen).toEqual([]);
  });
});
