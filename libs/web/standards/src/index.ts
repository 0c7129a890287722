export { StandardsPage } from './lib/standards-page';
export { StandardPage } from './lib/standard-page';
export { NewStandardPage } from './lib/new-standard-page';
export { EditStandardPage } from './lib/edit-standard-page';
export { AdoptionMatrixPage } from './lib/adoption-matrix-page';
