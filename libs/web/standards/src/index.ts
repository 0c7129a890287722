export { StandardsPage } from './lib/standards-page';
