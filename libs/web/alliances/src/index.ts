export { AlliancesPage } from './lib/alliances-page';
