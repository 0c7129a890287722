export { PersonPage as Component } from '@guildhall/web-auth';
