import { MiddlewareConsumer, Module, NestModule, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionAuthGuard } from './session-auth.guard';
import { checkSessionOnArrival } from './session-check';
import { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { SessionStrategy } from './session.strategy';
import { UserEntity } from './user.entity';
import { UserLoaders } from './user.loaders';
import { UserRepository } from './user.repository';
import { UserResolver } from './user.resolver';
import { UsersService } from './users.service';
import { Accounts1763800000000 } from './migrations/1763800000000-accounts';
import { Invitations1763800300000 } from './migrations/1763800300000-invitations';
import { AuthReadModels1763801000100 } from './migrations/1763801000100-auth-read-models';
import { PeopleDirectoryPublicFields1763803200000 } from './migrations/1763803200000-people-directory-public-fields';
import { InvitationEntity } from './invitation.entity';
import { InvitationRepository } from './invitation.repository';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';

export const AUTH_MIGRATIONS = [Accounts1763800000000, Invitations1763800300000, AuthReadModels1763801000100, PeopleDirectoryPublicFields1763803200000];
export const AUTH_RESOLVERS: Type[] = [AuthResolver, UserResolver, InvitationResolver];

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([UserEntity, SessionEntity, InvitationEntity])],
  providers: [
    UserRepository,
    SessionRepository,
    InvitationRepository,
    AuthService,
    SessionService,
    SessionStrategy,
    UsersService,
    UserLoaders,
    InvitationService,
    ...AUTH_RESOLVERS,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [UsersService, UserLoaders, AuthService, InvitationService, UserRepository],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(checkSessionOnArrival).forRoutes('graphql');
  }
}
