import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor';

describe('keyset pagination helpers', () => {
  it('clamps page size to 1..100 and defaults to 20', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(1);
    expect(pageSize(500)).toBe(100);
    expect(() => pageSize(-1)).toThrow(/positive/);
  });

  it('round-trips cursors and refuses tampered ones', () => {
    const c = encodeCursor(['2026-01-01T00:00:00.000000Z', 'Ada']);
    expect(decodeCursor(c, ['timestamp', 'string'])).toEqual(['2026-01-01T00:00:00.000000Z', 'Ada']);
    expect(() => decodeCursor('%%%', ['string'])).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor([1]), ['number', 'uuid'])).toThrow(/cursor is not valid/);
  });

  it('type-checks every value of a cursor before it can reach SQL', () => {
    const id = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
    expect(decodeCursor(encodeCursor(['ada', id]), ['string', 'uuid'])).toEqual(['ada', id]);
    expect(() => decodeCursor(encodeCursor(['ada', 'not-a-uuid']), ['string', 'uuid'])).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor(['ada\u0000', id]), ['string', 'uuid'])).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor(['yesterday', id]), ['timestamp', 'uuid'])).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor(['true', id]), ['boolean', 'uuid'])).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor([null, id]), ['number', 'uuid'])).toThrow(/cursor is not valid/);
    expect(() => decodeCursor('A'.repeat(5000), ['string'])).toThrow(/cursor is not valid/);
  });

  it('builds a page from size+1 rows', () => {
    const page = toPage([{ id: 1 }, { id: 2 }, { id: 3 }], 2, 3, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
  });

  it('counts lazily when given a count function, and only when asked', async () => {
    const count = jest.fn(async () => 42);
    const page = toPage([{ id: 1 }], 2, count, (r) => [r.id]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor([1]) });
    expect(count).not.toHaveBeenCalled();
    expect(await page.totalCount()).toBe(42);
  });
});
