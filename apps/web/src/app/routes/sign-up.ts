export { SignUpPage as Component } from '@guildhall/web-auth';
