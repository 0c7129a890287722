import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { RedisService } from './redis.service';

type Handler = (message: Record<string, unknown>) => void;

/**
 * Tells every API instance something this one just did, so each can drop what it keeps in
 * memory about it (a cached session after a sign-out or a role change). Through Redis pub/sub
 * when REDIS_URL is set; handlers in this process run at once either way.
 *
 * `reachesEveryInstance` is true only while the subscription is up: a process that may have
 * missed messages (Redis away, reconnecting) must not trust what it cached, and every handler
 * is told to drop everything (`resync`) when the subscription is lost and again when it is back.
 * Without Redis it is true only when the caller knows it is the only instance.
 */
@Injectable()
export class InstanceBroadcast implements OnModuleDestroy {
  private readonly logger = new Logger('InstanceBroadcast');
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly resyncs = new Set<() => void>();
  private readonly subscriber?: Redis;
  private readonly channel: string;
  private subscribed = false;

  constructor(private readonly redis: RedisService) {
    this.channel = redis.key('broadcast');
    if (!redis.client) return;
    this.subscriber = redis.client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    this.subscriber.on('error', (e) => this.logger.warn(e.message));
    // ioredis subscribes again by itself after a reconnect; 'ready' follows each (re)subscription.
    this.subscriber.on('ready', () => this.setSubscribed(true));
    this.subscriber.on('close', () => this.setSubscribed(false));
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      try {
        const { topic, message } = JSON.parse(raw);
        this.deliver(topic, message);
      } catch (e) {
        this.logger.warn(`Ignored a malformed broadcast: ${(e as Error).message}`);
      }
    });
    this.subscriber.subscribe(this.channel).catch((e) => this.logger.warn(`Could not subscribe: ${e.message}`));
  }

  /** Whether messages from other instances reach this one right now. */
  get isShared(): boolean {
    return !!this.subscriber && this.subscribed;
  }

  /** Runs `handler` for every `topic` message from any instance, this one included. */
  on(topic: string, handler: Handler, resync: () => void): void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    this.resyncs.add(resync);
  }

  /** Delivers here at once, then to every other instance; resolves when Redis has it (or at once without Redis). */
  async publish(topic: string, message: Record<string, unknown>): Promise<void> {
    this.deliver(topic, message);
    if (!this.redis.client) return;
    try {
      await this.redis.client.publish(this.channel, JSON.stringify({ topic, message }));
    } catch (e) {
      // Every instance's subscription to this Redis is failing too, so none trusts its cache.
      this.logger.warn(`Could not broadcast ${topic}: ${(e as Error).message}`);
    }
  }

  onModuleDestroy() {
    this.subscriber?.disconnect();
  }

  private deliver(topic: string, message: Record<string, unknown>) {
    for (const handler of this.handlers.get(topic) ?? []) handler(message);
  }

  private setSubscribed(up: boolean) {
    if (this.subscribed === up) return;
    this.subscribed = up;
    // Messages may have been missed while the subscription was down: forget everything, twice.
    for (const resync of this.resyncs) resync();
  }
}
