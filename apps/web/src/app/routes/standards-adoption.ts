export { AdoptionMatrixPage as Component } from '@guildhall/web-standards';
