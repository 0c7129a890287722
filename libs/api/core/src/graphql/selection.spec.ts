import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { selectedArguments, selectsField } from './selection';

const schema = buildSchema(`
  type Query { post: Post }
  type Post { id: ID! title: String comments(first: Int, after: String, order: String = "thread"): [String!]! }
`);

/** What the root field `post` sees of `name` below it, for `source` run with `variables`. */
async function seenBy(source: string, name: string, variables: Record<string, unknown> = {}) {
  let seen: { selected: boolean; args: Record<string, unknown>[] | null } | undefined;
  const rootValue = {
    post: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = { selected: selectsField(info, name), args: selectedArguments(info, name) };
      return { id: '1', title: 't', comments: [] };
    },
  };
  const result = await graphql({ schema, source, rootValue, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('selectsField and selectedArguments', () => {
  it('read each selection of the field with its arguments as its resolver gets them: literals, variables and defaults', async () => {
    expect(await seenBy('query($n: Int) { post { id comments(first: $n) } }', 'comments', { n: 50 })).toEqual({
      selected: true,
      args: [{ first: 50, order: 'thread' }],
    });
    expect(await seenBy('{ post { comments(first: 5, after: "c") } }', 'comments')).toEqual({
      selected: true,
      args: [{ first: 5, after: 'c', order: 'thread' }],
    });
  });

  it('find the field through aliases, inline fragments and fragment spreads (each spread once)', async () => {
    const source = `{ post { ...A ...A ... on Post { b: comments(first: 2) } } } fragment A on Post { a: comments(first: 1) }`;
    expect((await seenBy(source, 'comments')).args).toEqual([
      { first: 1, order: 'thread' },
      { first: 2, order: 'thread' },
    ]);
  });

  it('say so when the field is not selected, and answer null for a name the type does not have', async () => {
    expect(await seenBy('{ post { id title } }', 'comments')).toEqual({ selected: false, args: [] });
    expect(await seenBy('{ post { id } }', 'nothing')).toEqual({ selected: false, args: null });
  });
});
