import { Connection, walkPages } from './pages';

/** A list of n items served `size` at a time, with the cursors it was asked for. */
function pagedList(n: number, size: number) {
  const asked: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<Connection<{ id: number }>> => {
    asked.push(after);
    const start = after === null ? 0 : Number(after) + 1;
    const ids = Array.from({ length: Math.max(0, Math.min(size, n - start)) }, (_, i) => start + i);
    return {
      edges: ids.map((id) => ({ node: { id } })),
      pageInfo: { hasNextPage: start + size < n, endCursor: ids.length ? String(ids[ids.length - 1]) : null },
    };
  };
  return { fetchPage, asked };
}

describe('walkPages', () => {
  it('returns every node once, in order, following each page’s end cursor', async () => {
    const list = pagedList(7, 3);
    expect((await walkPages(list.fetchPage)).map((n) => n.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(list.asked).toEqual([null, '2', '5']);
  });

  it('stops after one page when there is no next one, empty or not', async () => {
    expect(await walkPages(pagedList(0, 3).fetchPage)).toEqual([]);
    expect((await walkPages(pagedList(3, 3).fetchPage)).map((n) => n.id)).toEqual([0, 1, 2]);
  });

  it('fails instead of looping when the pages never end', async () => {
    const endless = async (): Promise<Connection<number>> => ({ edges: [{ node: 1 }], pageInfo: { hasNextPage: true, endCursor: 'same' } });
    await expect(walkPages(endless, 5)).rejects.toThrow(/did not end within 5 pages/);
  });
});
