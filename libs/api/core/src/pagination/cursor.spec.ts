import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor';

describe('keyset pagination helpers', () => {
  it('clamps page size to 1..100 and defaults to 20', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(1);
    expect(pageSize(500)).toBe(100);
    expect(() => pageSize(-1)).toThrow(/positive/);
  });

  it('round-trips cursors and refuses tampered ones', () => {
    const c = encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(decodeCursor(c, 2)).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(() => decodeCursor('%%%', 2)).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor([1]), 2)).toThrow(/cursor is not valid/);
  });

  it('builds a page from size+1 rows', () => {
    const page = toPage([{ id: 1 }, { id: 2 }, { id: 3 }], 2, 3, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
  });
});
