import { randomBytes } from 'node:crypto';
import { TestApi } from './api';

export interface Person {
  id: string;
  email: string;
  token: string;
  displayName: string;
  role: 'ADMIN' | 'MEMBER';
}

export const PASSWORD = 'correct horse battery';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken user { id displayName role } }
}`;

/** Signs up a new person with a unique email. On an empty instance the first one is the admin. */
export async function signUp(api: TestApi, overrides: { email?: string; displayName?: string; discipline?: string } = {}): Promise<Person> {
  const tag = randomBytes(4).toString('hex');
  const email = overrides.email ?? `person-${tag}@example.com`;
  const displayName = overrides.displayName ?? `Person ${tag}`;
  const data = await api.ok(SIGN_UP, { input: { email, password: PASSWORD, displayName, discipline: overrides.discipline } });
  return { id: data.signUp.user.id, email, token: data.signUp.accessToken, displayName, role: data.signUp.user.role };
}

export async function makeAdmin(api: TestApi, admin: Person, person: Person): Promise<Person> {
  await api.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }`, { id: person.id }, { token: admin.token });
  return { ...person, role: 'ADMIN' };
}
