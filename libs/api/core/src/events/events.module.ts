import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';

/** One bus for the whole application, so every context publishes to and subscribes on the same one. */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class EventsModule {}
