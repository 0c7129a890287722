export { SquadPage as Component } from '@guildhall/web-org';
