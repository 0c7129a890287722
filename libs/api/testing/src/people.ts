import { randomBytes } from 'node:crypto';
import { TestApi } from './test-api';

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

export interface PersonDetails {
  email?: string;
  displayName?: string;
  discipline?: string;
}

/**
 * Signs up a new person with a unique email, with whatever role the server gives (on an empty
 * instance the first one is the admin). Specs that need roles use Fixtures instead.
 */
export async function signUp(api: TestApi, overrides: PersonDetails = {}): Promise<Person> {
  const tag = randomBytes(4).toString('hex');
  const email = overrides.email ?? `person-${tag}@example.com`;
  const displayName = overrides.displayName ?? `Person ${tag}`;
  const data = await api.ok(SIGN_UP, { input: { email, password: PASSWORD, displayName, discipline: overrides.discipline } });
  return { id: data.signUp.user.id, email, token: data.signUp.accessToken, displayName, role: data.signUp.user.role };
}

/** A new session of someone who signed up with PASSWORD. */
export async function signIn(api: TestApi, person: Pick<Person, 'email'>): Promise<string> {
  const data = await api.ok(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: person.email, password: PASSWORD } });
  return data.signIn.accessToken;
}

/** Promotes through the API, as an admin does. */
export async function makeAdmin(api: TestApi, admin: Person, person: Person): Promise<Person> {
  await api.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }`, { id: person.id }, { token: admin.token });
  return { ...person, role: 'ADMIN' };
}

/**
 * Signs up a person and makes them an admin by SQL, as an operator would on an instance without
 * one: it does not matter who signed up first. The role is read per session lookup, and this
 * session has not been looked up yet, so no cached role can hide the change.
 */
export async function signUpAdmin(api: TestApi, overrides: PersonDetails = {}): Promise<Person> {
  const person = await signUp(api, overrides);
  if (person.role !== 'ADMIN') await api.sql(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [person.id]);
  return { ...person, role: 'ADMIN' };
}
