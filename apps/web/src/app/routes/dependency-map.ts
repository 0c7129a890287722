export { DependencyMapPage as Component } from '@guildhall/web-alliances';
