import { Provider, Type } from '@nestjs/common';
import { AgreementLoaders } from './agreement/agreement.loaders';
import { AgreementRepository } from './agreement/agreement.repository';
import { AgreementResolver, SquadAgreementsResolver } from './agreement/agreement.resolver';
import { AgreementsService } from './agreement/agreements.service';
import { TeamInterfaces1764700000000 } from './migrations/1764700000000-team-interfaces';
import { OfferLoaders } from './offer/offer.loaders';
import { OfferRepository } from './offer/offer.repository';
import { OfferResolver, SquadOffersResolver } from './offer/offer.resolver';
import { OffersService } from './offer/offers.service';
import { TeamAccess } from './offer/team-access';

/**
 * Team interfaces and tension reviews (issue 16): squads' offers, interface agreements,
 * dependencies and tensions. Their providers, resolvers and migrations, which the alliances
 * module and its migration list take in.
 */
export const TEAM_API_PROVIDERS: Provider[] = [TeamAccess, OfferRepository, OffersService, OfferLoaders, AgreementRepository, AgreementsService, AgreementLoaders];
export const TEAM_API_RESOLVERS: Type[] = [OfferResolver, SquadOffersResolver, AgreementResolver, SquadAgreementsResolver];
export const TEAM_API_MIGRATIONS: Function[] = [TeamInterfaces1764700000000];
