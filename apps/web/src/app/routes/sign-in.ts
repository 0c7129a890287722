export { SignInPage as Component } from '@guildhall/web-auth';
