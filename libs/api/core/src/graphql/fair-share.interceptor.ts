import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Extensions, GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { defer, finalize, from, Observable, switchMap } from 'rxjs';
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
 */
@Injectable()
export class FairShareInterceptor implements NestInterceptor {
  private readonly turns: KeyedTurns;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly database: DatabaseMonitor,
  ) {
    this.turns = new KeyedTurns(config.maxConcurrentQueriesPerPerson, MAX_WAITING_PER_PERSON);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.operation.operation === 'subscription' || !takesATurn(info)) return next.handle();
    const { req } = gql.getContext<GqlContext>();
    const key = req.user ? `person:${req.user.id}` : `address:${req.ip}`;
    return defer(() => {
      const turn = this.turns.take(key);
      if (!turn) {
        throw new AppError('RATE_LIMITED', 'You have too many requests running at once. Wait for them to finish, then try again.', {
          retryAfterSeconds: 1,
        });
      }
      return from(turn);
    }).pipe(
      switchMap((release) => {
        if (this.database.knownDown) {
          release();
          throw new AppError('SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
        }
        return next.handle().pipe(finalize(release));
      }),
    );
  }
}

/**
 * For a root field that reads no database (import progress lives in Redis or in memory): it
 * never waits behind its caller's other work, so a long import can be followed while it runs,
 * even on the embedded default, where one turn is all a person has.
 */
export const OutsideFairShare = () => Extensions({ fairShare: false });

function takesATurn(info: GraphQLResolveInfo): boolean {
  if (info.parentType !== info.schema.getQueryType() && info.parentType !== info.schema.getMutationType()) return false;
  return info.parentType.getFields()[info.fieldName]?.extensions?.['fairShare'] !== false;
}
