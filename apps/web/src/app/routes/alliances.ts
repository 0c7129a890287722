export { AlliancesPage as Component } from '@guildhall/web-alliances';
