import { SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './cursor';
import { pageByName } from './page-by-name';

/** Records what pageByName asks of the query and answers with `rows`. */
function fakeQuery(rows: { name: string; id: string }[]) {
  const calls: string[] = [];
  const qb = {
    getCount: async () => 7,
    andWhere: (sql: string, params: object) => (calls.push(`where ${sql} ${JSON.stringify(params)}`), qb),
    orderBy: (sql: string) => (calls.push(`order ${sql}`), qb),
    addOrderBy: (sql: string) => (calls.push(`then ${sql}`), qb),
    limit: (n: number) => (calls.push(`limit ${n}`), qb),
    getMany: async () => rows,
  };
  return { qb: qb as unknown as SelectQueryBuilder<{ name: string; id: string }>, calls };
}

describe('pageByName', () => {
  const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

  it('orders by lower(name), id, fetches one row more than the page, and carries lower(name), id in the cursor', async () => {
    const { qb, calls } = fakeQuery([
      { name: 'Ada', id: id(1) },
      { name: 'bob', id: id(2) },
      { name: 'Cy', id: id(3) },
    ]);
    const page = await pageByName(qb, { name: 'u.display_name', id: 'u.id' }, { first: 2 }, (r) => [r.name, r.id]);
    expect(calls).toEqual(['order lower(u.display_name)', 'then u.id', 'limit 3']);
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor, ['string', 'uuid'])).toEqual(['bob', id(2)]);
  });

  it('continues after the cursor', async () => {
    const { qb, calls } = fakeQuery([]);
    await pageByName(qb, { name: 'g.name', id: 'g.id' }, { after: encodeCursor(['rust', id(4)]) }, (r) => [r.name, r.id]);
    expect(calls[0]).toBe(`where (lower(g.name), g.id) > (:afterName, :afterId) {"afterName":"rust","afterId":"${id(4)}"}`);
  });

  it('refuses a forged cursor as a client mistake', async () => {
    const { qb } = fakeQuery([]);
    await expect(pageByName(qb, { name: 'g.name', id: 'g.id' }, { after: encodeCursor([1, 'x']) }, (r) => [r.name, r.id])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
