export { ProfilePage as Component } from '@guildhall/web-auth';
