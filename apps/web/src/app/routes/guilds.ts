export { GuildsPage as Component } from '@guildhall/web-org';
