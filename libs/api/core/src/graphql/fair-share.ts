import { Inject, Injectable } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import type { Request } from 'express';
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../database/database-errors';
import { DatabaseMonitor } from '../database/database-monitor';
import { AppError } from '../errors/app-errors';
import { GqlContext } from './request-context';

/** How many of one person's resolvers may wait for a turn before further ones are refused. */
const MAX_WAITING_PER_PERSON = 100;

/** At most `limit` turns per key at a time; the rest wait in arrival order. */
export class KeyedTurns {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly limit: number,
    private readonly maxWaiting: number,
  ) {}

  /** Resolves with a release function once `key` has a turn; false when too many already wait. */
  take(key: string): Promise<() => void> | false {
    const release = () => this.release(key);
    if ((this.running.get(key) ?? 0) < this.limit) {
      this.running.set(key, (this.running.get(key) ?? 0) + 1);
      return Promise.resolve(once(release));
    }
    const queue = this.waiting.get(key) ?? [];
    if (queue.length >= this.maxWaiting) return false;
    this.waiting.set(key, queue);
    return new Promise((resolve) => queue.push(() => resolve(once(release))));
  }

  private release(key: string) {
    const next = this.waiting.get(key)?.shift();
    if (next) return next(); // the turn passes straight to the next waiter
    if (this.waiting.get(key)?.length === 0) this.waiting.delete(key);
    const running = (this.running.get(key) ?? 1) - 1;
    if (running > 0) this.running.set(key, running);
    else this.running.delete(key);
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

/**
 * Each person (anonymous callers: each client address) runs at most MAX_CONCURRENT_QUERIES_PER_PERSON
 * root fields at a time on this instance; the rest wait their turn, so one person's flood of
 * expensive requests (or of aliased root fields in one request) occupies a few connections of
 * the pool, never all of it, and everyone else's requests keep their usual speed. A turn covers
 * the root resolver itself, not the fields below it. Nested fields are not queued: most resolve
 * through per-request DataLoaders, whose batching a queue would split into one query per turn
 * (a page of 100 posts went from 14 statements to 41); the cost limit's per-query charge bounds
 * how many nested lists one operation may ask for.
 *
 * While DatabaseMonitor knows the database is not answering, a turn is refused at once with
 * SERVICE_UNAVAILABLE instead of run: a person's requests would otherwise wait behind their own
 * requests stuck on the dead connections (with the session cached, nothing else fails them early).
 *
 * It wraps the schema's root Query and Mutation fields (graphqlOptions' transformSchema), around
 * everything Nest runs for them, rather than being a Nest interceptor: an interceptor makes Nest
 * run every root resolver through rxjs, about 15% of a `{ me { id } }` request's CPU and 6% of the
 * feed's (measured with tools/bench builds side by side). The person is known before the turn is
 * asked for: auth looks at every GraphQL request's credentials on arrival (`req.sessionCheck`).
 */
@Injectable()
export class FairShare {
  private readonly turns: KeyedTurns;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly database: DatabaseMonitor,
  ) {
    this.turns = new KeyedTurns(config.maxConcurrentQueriesPerPerson, MAX_WAITING_PER_PERSON);
  }

  /** `transformSchema`: every root Query and Mutation field not marked @OutsideFairShare runs in a turn. */
  readonly inTurns = (schema: GraphQLSchema): GraphQLSchema => {
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (field.extensions?.['fairShare'] === false) continue;
        const resolve: GraphQLFieldResolver<unknown, GqlContext> = field.resolve ?? defaultFieldResolver;
        field.resolve = (source, args, context, info) => this.run(context.req, () => resolve(source, args, context, info));
      }
    }
    return schema;
  };

  private async run(req: Request, resolve: () => unknown): Promise<unknown> {
    // Who is asking: a look-up already under way (or done), whose failure the resolver's guard reports.
    await req.sessionCheck?.catch(() => undefined);
    const turn = this.turns.take(req.user ? `person:${req.user.id}` : `address:${req.ip}`);
    if (!turn) {
      throw new AppError('RATE_LIMITED', 'You have too many requests running at once. Wait for them to finish, then try again.', {
        retryAfterSeconds: 1,
      });
    }
    const release = await turn;
    try {
      if (this.database.knownDown) throw new AppError('SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
      return await resolve();
    } finally {
      release();
    }
  }
}

/**
 * For a root field that reads no database (import progress lives in Redis or in memory): it
 * never waits behind its caller's other work, so a long import can be followed while it runs,
 * even on the embedded default, where one turn is all a person has.
 */
export const OutsideFairShare = () => Extensions({ fairShare: false });
