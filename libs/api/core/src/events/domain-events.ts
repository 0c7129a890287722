import { Injectable, Type } from '@nestjs/common';

type Handler<E> = (event: E) => Promise<void> | void;

/**
 * How bounded contexts tell each other what happened without importing one another: a context
 * publishes an event class, others subscribe to it. Subscribers run in the publisher's call, in
 * order, and are awaited; one that throws fails the publisher's action, so an event published
 * inside a transaction is handled inside it (committed or rolled back with the action).
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<Function, Handler<any>[]>();

  subscribe<E extends object>(type: Type<E>, handler: Handler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler);
    this.handlers.set(type, list);
  }

  async publish(event: object): Promise<void> {
    for (const handler of this.handlers.get(event.constructor) ?? []) await handler(event);
  }
}
