export { TensionReviewPage as Component } from '@guildhall/web-alliances';
