import { parseArgs } from './args';
import { median } from './runner';
import { firstDifference } from './verify';

describe('the bench', () => {
  it('finds no difference between deep-equal answers, whatever their key order', () => {
    expect(firstDifference({ data: { a: 1, b: [{ x: null, y: 'z' }] } }, { data: { b: [{ y: 'z', x: null }], a: 1 } })).toBeNull();
  });

  it('names where answers first differ: a value, a missing key, a longer list', () => {
    expect(firstDifference({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toEqual({ path: '$.a.b[1]', a: 2, b: 3 });
    expect(firstDifference({ a: 1, c: 2 }, { a: 1 })).toEqual({ path: '$.c', a: 2, b: undefined });
    expect(firstDifference([1], [1, 2])).toEqual({ path: '$[1]', a: undefined, b: 2 });
    expect(firstDifference({ n: 0 }, { n: '0' })).toEqual({ path: '$.n', a: 0, b: '0' });
  });

  it('takes the median of rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1])).toBe(2.5);
  });

  it('keeps the old options and defaults to two sizes at 10 and 50 connections, two pairs of 10 s rounds', () => {
    expect(parseArgs([])).toMatchObject({ scales: [0.1, 1], connections: [10, 50], duration: 10, rounds: 2, keep: false });
    expect(parseArgs(['--scale', '0.5', '--connections', '10', '--keep'])).toMatchObject({ scales: [0.5], connections: [10], keep: true });
    expect(parseArgs(['--scales=0.002,0.005', '--rounds', '1', '--posts', '1000']).base.posts).toBe(1000);
    expect(() => parseArgs(['--connections', '10,x'])).toThrow(/--connections/);
    expect(() => parseArgs(['--duration', '-1'])).toThrow(/--duration/);
  });

  it('measures every endpoint, or only those --endpoints names (in the bench order); an unknown name is refused', () => {
    expect(parseArgs([]).endpoints).toEqual(['feed', 'guild', 'post', 'standard', 'matrix', 'alliance', 'search']);
    expect(parseArgs(['--endpoints', 'search,alliance']).endpoints).toEqual(['alliance', 'search']);
    expect(() => parseArgs(['--endpoints', 'alliance,nope'])).toThrow(/--endpoints.*nope/);
  });
});
