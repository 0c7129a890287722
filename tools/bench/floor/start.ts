import { ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';

export interface Floor {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the floor (server.ts) as a child process on `databaseUrl`, as the API runs in its own;
 * it runs TypeScript the way the bench does (this process's `-r @swc-node/register`).
 */
export async function startFloor(databaseUrl: string): Promise<Floor> {
  const logs: string[] = [];
  const proc: ChildProcess = fork(resolve(__dirname, 'server.ts'), [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  proc.stdout!.on('data', (c: Buffer) => logs.push(c.toString()));
  proc.stderr!.on('data', (c: Buffer) => logs.push(c.toString()));
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      fail(new Error(`The floor did not start in 30 s:\n${logs.join('')}`));
    }, 30_000);
    proc.once('message', (m: { port: number }) => {
      clearTimeout(timer);
      done(m.port);
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The floor exited with ${code}:\n${logs.join('')}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
