import { KeyedTurns } from './fair-share';

describe('KeyedTurns', () => {
  it('gives each key its own turns, queues the rest in order and refuses past the waiting limit', async () => {
    const turns = new KeyedTurns(2, 1);
    const take = (key: string) => turns.take(key) as Promise<() => void>;
    const a1 = await take('a');
    const a2 = await take('a');
    const order: string[] = [];
    const a3 = turns.take('a');
    expect(a3).not.toBe(false);
    (a3 as Promise<() => void>).then(() => order.push('a3'));
    expect(turns.take('a')).toBe(false); // one already waits
    expect(await turns.take('b')).toEqual(expect.any(Function)); // another person is not affected
    await Promise.resolve();
    expect(order).toEqual([]);
    a1();
    a1(); // releasing twice frees one turn only
    const release3 = await (a3 as Promise<() => void>);
    expect(order).toEqual(['a3']);
    const a4 = turns.take('a');
    expect(a4).not.toBe(false);
    a2();
    release3();
    await expect(a4).resolves.toEqual(expect.any(Function));
  });
});
