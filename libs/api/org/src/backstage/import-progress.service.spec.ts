import { Logger } from '@nestjs/common';
import { RedisService } from '@guildhall/api-core';
import { ImportProgress } from './import-progress.model';
import { ImportProgressService, ImportProgressTracker, PROGRESS_TTL_MS, PROGRESS_WRITE_INTERVAL_MS } from './import-progress.service';

describe('import progress', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  describe('a tracker', () => {
    let writes: ImportProgress[];
    let tracker: ImportProgressTracker;

    beforeEach(() => {
      writes = [];
      tracker = new ImportProgressTracker(async (p) => void writes.push(p), new Logger('test'));
    });

    it('writes a new step at once, and within a step at most every 100 ms, ending with the latest reading', async () => {
      tracker.report('People', 0, 1000);
      for (let done = 1; done <= 500; done++) tracker.report('People', done, 1000);
      expect(writes).toEqual([{ phase: 'People', done: 0, total: 1000, finished: false }]);
      jest.advanceTimersByTime(PROGRESS_WRITE_INTERVAL_MS);
      expect(writes.at(-1)).toEqual({ phase: 'People', done: 500, total: 1000, finished: false });
      tracker.report('People', 501, 1000);
      tracker.report('Groups', 0, 20);
      expect(writes.map((w) => `${w.phase} ${w.done}`)).toEqual(['People 0', 'People 500', 'Groups 0']);
      await tracker.finish('Finished', { done: 1020, total: 1020 });
      jest.advanceTimersByTime(10 * PROGRESS_WRITE_INTERVAL_MS);
      expect(writes.at(-1)).toEqual({ phase: 'Finished', done: 1020, total: 1020, finished: true });
      expect(writes).toHaveLength(4);
    });

    it('keeps the last counts when it fails', async () => {
      tracker.report('Groups', 7, 20);
      await tracker.finish('Failed');
      expect(writes.at(-1)).toEqual({ phase: 'Failed', done: 7, total: 20, finished: true });
    });

    it('never fails the import when progress cannot be written', async () => {
      const failing = new ImportProgressTracker(() => Promise.reject(new Error('Redis is down')), { warn: jest.fn() } as unknown as Logger);
      failing.report('People', 0, 10);
      await expect(failing.finish('Finished')).resolves.toBeUndefined();
    });
  });

  const id = '6f1c2b1e-2f4c-4c1e-9a51-0d6b8f0e7a11';
  const key = (...parts: string[]) => ['guildhall', ...parts].join(':');

  it('without Redis, keeps readings in memory for 10 minutes after the last write; unknown ids read as null', async () => {
    const service = new ImportProgressService({ client: undefined, key } as RedisService);
    expect(await service.read(id)).toBeNull();
    await service.track(id).finish('Finished', { done: 3, total: 3 });
    expect(await service.read(id)).toEqual({ phase: 'Finished', done: 3, total: 3, finished: true });
    jest.advanceTimersByTime(PROGRESS_TTL_MS - 1);
    expect(await service.read(id)).not.toBeNull();
    jest.advanceTimersByTime(1);
    expect(await service.read(id)).toBeNull();
  });

  it('with Redis, keeps readings there under the key prefix, expiring 10 minutes after the last write', async () => {
    const stored = new Map<string, string>();
    const client = { set: jest.fn(async (k: string, v: string) => void stored.set(k, v)), get: jest.fn(async (k: string) => stored.get(k) ?? null) };
    const service = new ImportProgressService({ client, key } as unknown as RedisService);
    await service.track(id).finish('Finished', { done: 3, total: 3 });
    expect(client.set).toHaveBeenCalledWith(`guildhall:import-progress:${id}`, expect.any(String), 'PX', PROGRESS_TTL_MS);
    expect(await service.read(id)).toEqual({ phase: 'Finished', done: 3, total: 3, finished: true });

    client.set.mockClear();
    const untracked = service.track(undefined);
    untracked.report('People', 1, 2);
    await untracked.finish('Finished');
    expect(client.set).not.toHaveBeenCalled();
  });
});
