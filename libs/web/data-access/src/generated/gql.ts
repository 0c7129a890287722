/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  mutation AppShellSignOut {\n    signOut\n  }\n": typeof types.AppShellSignOutDocument,
    "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": typeof types.SignUpPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n": typeof types.AppShellDocument,
};
const documents: Documents = {
    "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": types.SignInPageDocument,
    "\n  mutation AppShellSignOut {\n    signOut\n  }\n": types.AppShellSignOutDocument,
    "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n": types.SignUpPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n": types.AppShellDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          discipline\n          role\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n"): (typeof documents)["\n  mutation ProfilePage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      discipline\n      bio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppShellSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation AppShellSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpPage($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n        email\n        discipline\n        bio\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      displayName\n      email\n      discipline\n      bio\n      role\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;