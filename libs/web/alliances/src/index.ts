export { AlliancesPage } from './lib/alliances-page';
export { AlliancePage } from './lib/alliance-page';
export { NewAlliancePage } from './lib/new-alliance-page';
export { DependencyMapPage, RaiseTensionPage, TensionReviewPage } from './lib/team';
