import { DomainEvents } from './domain-events';
import { changedFields } from './privileged-action';

class Happened {
  constructor(readonly what: string) {}
}
class Other {}

describe('domain events', () => {
  it('runs every subscriber of the event class, in order, and awaits them before publish returns', async () => {
    const bus = new DomainEvents();
    const seen: string[] = [];
    bus.subscribe(Happened, async (e) => {
      await new Promise((r) => setTimeout(r, 5));
      seen.push(`first ${e.what}`);
    });
    bus.subscribe(Happened, (e) => void seen.push(`second ${e.what}`));
    bus.subscribe(Other, () => void seen.push('other'));
    await bus.publish(new Happened('x'));
    expect(seen).toEqual(['first x', 'second x']);
  });

  it("fails the publisher when a subscriber fails, so the publisher's transaction rolls back", async () => {
    const bus = new DomainEvents();
    bus.subscribe(Happened, () => {
      throw new Error('cannot record');
    });
    await expect(bus.publish(new Happened('x'))).rejects.toThrow('cannot record');
  });
});

describe('changedFields', () => {
  it('keeps only the fields a patch really changes, before and after', () => {
    expect(changedFields({ name: 'A', mission: null, lead: 'x' }, { name: 'B', mission: null, lead: undefined })).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(changedFields({ name: 'A' }, { name: 'A' })).toBeNull();
    expect(changedFields({ lead: 'x' as string | null }, { lead: null })).toEqual([{ lead: 'x' }, { lead: null }]);
  });
});
