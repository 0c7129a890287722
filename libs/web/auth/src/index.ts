export { SignInPage } from './lib/sign-in-page';
export { SignUpPage } from './lib/sign-up-page';
export { ProfilePage } from './lib/profile-page';
export { PeoplePage } from './lib/people-page';
export { PersonPage } from './lib/person-page';
export { SignOutButton } from './lib/sign-out-button';
export { safeNextPath } from './lib/next-path';
