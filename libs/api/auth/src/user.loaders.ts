import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, requestLoader } from '@guildhall/api-core';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** Batches user look-ups per request; every context resolving a `User` by id goes through here. */
@Injectable()
export class UserLoaders {
  constructor(private readonly users: UsersService) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, UserEntity | null>(ctx, 'user.byId', async (ids) =>
      byKeys(ids, await this.users.findByIds(ids), (u) => u.id),
    );
  }

  /** Loads an optional user reference (e.g. a squad's product owner). */
  load(ctx: GqlContext, id: string | null | undefined): Promise<UserEntity | null> {
    return id ? this.byId(ctx).load(id) : Promise.resolve(null);
  }

  async loadMany(ctx: GqlContext, ids: string[]): Promise<UserEntity[]> {
    const users = await this.byId(ctx).loadMany(ids);
    return users.filter((u): u is UserEntity => !!u && !(u instanceof Error));
  }
}
