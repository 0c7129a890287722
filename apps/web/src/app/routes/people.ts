export { PeoplePage as Component } from '@guildhall/web-auth';
