import { AppConfig, InstanceBroadcast, Viewer } from '@guildhall/api-core';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';

type Row = Viewer & { expiresAt: Date };

/** A session store whose look-ups answer only when the test says so. */
function store() {
  const waiting: ((row: Row | null) => void)[] = [];
  const repository = {
    findOpen: jest.fn(() => new Promise<Row | null>((resolve) => waiting.push(resolve))),
    revoke: jest.fn(async () => undefined),
  };
  const answerAll = (row: Row | null) => waiting.splice(0).forEach((resolve) => resolve(row));
  return { repository, answerAll };
}

/** One instance, no Redis: broadcasts reach this process only, at once. */
function broadcast() {
  const handlers = new Map<string, (m: Record<string, unknown>) => void>();
  return {
    isShared: false,
    on: (topic: string, handler: (m: Record<string, unknown>) => void) => handlers.set(topic, handler),
    publish: async (topic: string, message: Record<string, unknown>) => handlers.get(topic)?.(message),
  };
}

function service(sessionCacheSeconds: number) {
  const { repository, answerAll } = store();
  const config = { sessionCacheSeconds, sessionTtlDays: 30, redisUrl: undefined } as unknown as AppConfig;
  const sessions = new SessionService(repository as unknown as SessionRepository, config, broadcast() as unknown as InstanceBroadcast);
  return { sessions, repository, answerAll };
}

const TOKEN = 'gh_0123456789abcdef0123456789abcdef';
const ROW: Row = { id: 'u1', role: 'MEMBER', sessionId: 's1', expiresAt: new Date(Date.now() + 86_400_000) };

describe('SessionService look-ups', () => {
  it('shares one statement among requests with the same token that arrive while it runs, then answers from memory', async () => {
    const { sessions, repository, answerAll } = service(30);
    const together = [sessions.authenticate(TOKEN), sessions.authenticate(TOKEN), sessions.authenticate(TOKEN)];
    answerAll(ROW);
    expect(await Promise.all(together)).toEqual([ROW, ROW, ROW].map(({ expiresAt: _, ...viewer }) => viewer));
    expect(repository.findOpen).toHaveBeenCalledTimes(1);
    await sessions.authenticate(TOKEN);
    expect(repository.findOpen).toHaveBeenCalledTimes(1);
  });

  it('never lets a request join a look-up that began before a sign-out', async () => {
    const { sessions, repository, answerAll } = service(30);
    const before = sessions.authenticate(TOKEN);
    await sessions.revoke('s1');
    const after = sessions.authenticate(TOKEN);
    expect(repository.findOpen).toHaveBeenCalledTimes(2);
    answerAll(null);
    expect(await before).toBeNull();
    expect(await after).toBeNull();
  });

  it('looks up every time when sessions are not kept (SESSION_CACHE_SECONDS=0)', async () => {
    const { sessions, repository, answerAll } = service(0);
    const together = [sessions.authenticate(TOKEN), sessions.authenticate(TOKEN)];
    answerAll(ROW);
    await Promise.all(together);
    expect(repository.findOpen).toHaveBeenCalledTimes(2);
  });
});
