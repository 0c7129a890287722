export { DependencyMapPage } from './dependency-map-page';
export { RaiseTensionPage } from './raise-tension-page';
export { TensionReviewPage } from './tension-review-page';
