import { keyResultProgress, meanProgress } from './progress';

describe('key result progress', () => {
  it('is the share of the way from baseline to a rising target', () => {
    expect(keyResultProgress({ baseline: 10, target: 20, current: 15 })).toBe(0.5);
    expect(keyResultProgress({ baseline: 0, target: 4, current: 1 })).toBe(0.25);
  });

  it('works for a falling target (below the baseline)', () => {
    expect(keyResultProgress({ baseline: 800, target: 200, current: 500 })).toBe(0.5);
    expect(keyResultProgress({ baseline: 800, target: 200, current: 650 })).toBe(0.25);
  });

  it('is clamped to 0 when current went the wrong way and to 1 past the target, both directions', () => {
    expect(keyResultProgress({ baseline: 10, target: 20, current: 5 })).toBe(0);
    expect(keyResultProgress({ baseline: 10, target: 20, current: 30 })).toBe(1);
    expect(keyResultProgress({ baseline: 800, target: 200, current: 900 })).toBe(0);
    expect(keyResultProgress({ baseline: 800, target: 200, current: 100 })).toBe(1);
  });

  it('with the target equal to the baseline is 1 once current equals the target, else 0', () => {
    expect(keyResultProgress({ baseline: 5, target: 5, current: 5 })).toBe(1);
    expect(keyResultProgress({ baseline: 5, target: 5, current: 6 })).toBe(0);
    expect(keyResultProgress({ baseline: 5, target: 5, current: 4 })).toBe(0);
  });

  it('averages key results for objectives and alliances, 0 when there are none', () => {
    expect(meanProgress([])).toBe(0);
    expect(
      meanProgress([
        { baseline: 0, target: 10, current: 10 },
        { baseline: 0, target: 10, current: 0 },
        { baseline: 100, target: 0, current: 50 },
      ]),
    ).toBe(0.5);
  });
});
