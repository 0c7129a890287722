import { Logger } from '@nestjs/common';
import { Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * How long a keep-alive connection that sends nothing stays open once draining starts. Busy
 * clients get `Connection: close` on their next answer well before; closing an idle socket
 * at once would instead cut the request a busy client sends between two answers.
 */
const IDLE_GRACE_MS = 500;

/**
 * Lets the HTTP server stop without dropping a request: it stops accepting connections,
 * answers every request it has received (each answer asks the client to close), closes
 * connections left idle, and after a deadline cuts whatever is still open.
 *
 * Node's own server.close() would close idle keep-alive connections at once (racing clients
 * that are about to send on them) and waits for busy ones without telling them to go; a
 * library (http-terminator, terminus) adds little over these few lines.
 */
export class HttpDrain {
  private readonly logger = new Logger('Shutdown');
  private readonly open = new Set<ServerResponse>();
  private draining = false;
  private idleGraceOver = false;

  constructor(private readonly server: Server) {
    // Ahead of Express, so every answer given while draining carries `Connection: close`.
    server.prependListener('request', (_req, res: ServerResponse) => {
      this.open.add(res);
      if (this.draining) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.open.delete(res);
        if (this.idleGraceOver) setImmediate(() => server.closeIdleConnections());
      });
    });
  }

  async drain(withinMs: number): Promise<void> {
    this.draining = true;
    for (const res of this.open) if (!res.headersSent) res.setHeader('Connection', 'close');
    // Closing the listener resets connections still waiting in the kernel's accept queue. The
    // signal arrived in this poll phase; by the check phase Node has accepted all that were waiting.
    await new Promise((resolve) => setImmediate(resolve));
    // net's close stops accepting without http's immediate closing of idle connections.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    const idle = setTimeout(() => {
      this.idleGraceOver = true;
      this.server.closeIdleConnections();
    }, Math.min(IDLE_GRACE_MS, withinMs));
    let deadline: NodeJS.Timeout | undefined;
    const late = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => (deadline = setTimeout(() => resolve(true), withinMs))),
    ]);
    clearTimeout(idle);
    clearTimeout(deadline);
    if (late) {
      this.logger.warn(`${this.open.size} request(s) still unanswered after ${withinMs} ms; closing their connections.`);
      this.server.closeAllConnections();
      await closed;
    }
  }
}
