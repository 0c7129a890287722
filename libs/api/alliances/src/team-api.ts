import { Provider, Type } from '@nestjs/common';
import { AgreementLoaders } from './agreement/agreement.loaders';
import { AgreementRepository } from './agreement/agreement.repository';
import { AgreementResolver, SquadAgreementsResolver } from './agreement/agreement.resolver';
import { AgreementsService } from './agreement/agreements.service';
import { CoachRepository } from './coach/coach.repository';
import { CoachResolver } from './coach/coach.resolver';
import { CoachesService } from './coach/coaches.service';
import { DependenciesService } from './dependency/dependencies.service';
import { DependencyLoaders } from './dependency/dependency.loaders';
import { DependencyRepository } from './dependency/dependency.repository';
import { AllianceDependenciesResolver, DependencyResolver, SquadDependenciesResolver } from './dependency/dependency.resolver';
import { TeamInterfaces1764700000000 } from './migrations/1764700000000-team-interfaces';
import { OfferLoaders } from './offer/offer.loaders';
import { OfferRepository } from './offer/offer.repository';
import { OfferResolver, SquadOffersResolver } from './offer/offer.resolver';
import { OffersService } from './offer/offers.service';
import { SquadTeamApiLoaders } from './offer/squad-team-api.loaders';
import { TeamAccess } from './offer/team-access';
import { TensionLoaders } from './tension/tension.loaders';
import { TensionRepository } from './tension/tension.repository';
import { AgreementTensionResolver, AllianceTensionsResolver, TensionResolver } from './tension/tension.resolver';
import { TensionsService } from './tension/tensions.service';

export { DependencyAnswered, DependencyRequested } from './dependency/dependency-events';
export type { DependencyRef } from './dependency/dependency-events';
export { TensionRaised } from './tension/tension-events';
export type { TensionRef } from './tension/tension-events';
export { seedTeamApi } from './team-api-seeding';
export type { TeamApiPlan } from './team-api-seeding';

/**
 * Team interfaces and tension reviews (issue 16): squads' offers, interface agreements,
 * dependencies, tensions and the coaches on call. Their providers, resolvers and migrations,
 * which the alliances module and its migration list take in; their events and the demo's seeding
 * function, which others reach through the context's index.
 */
export const TEAM_API_PROVIDERS: Provider[] = [
  TeamAccess,
  OfferRepository,
  OffersService,
  OfferLoaders,
  AgreementRepository,
  AgreementsService,
  AgreementLoaders,
  DependencyRepository,
  DependenciesService,
  DependencyLoaders,
  CoachRepository,
  CoachesService,
  TensionRepository,
  TensionsService,
  TensionLoaders,
  SquadTeamApiLoaders,
];
export const TEAM_API_RESOLVERS: Type[] = [
  OfferResolver,
  SquadOffersResolver,
  AgreementResolver,
  SquadAgreementsResolver,
  DependencyResolver,
  SquadDependenciesResolver,
  AllianceDependenciesResolver,
  CoachResolver,
  TensionResolver,
  AgreementTensionResolver,
  AllianceTensionsResolver,
];
export const TEAM_API_MIGRATIONS: Function[] = [TeamInterfaces1764700000000];
