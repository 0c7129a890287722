import { chapterMismatch } from './membership-rules';

describe('membership rules', () => {
  it("lets a person into a chapter of their squad's tribe", () => {
    expect(chapterMismatch('tribe-a', 'tribe-a')).toBeNull();
  });

  it('refuses a chapter of another tribe than their squad', () => {
    expect(chapterMismatch('tribe-a', 'tribe-b')).toBe('other-tribe');
  });

  it('refuses a chapter to someone without a squad', () => {
    expect(chapterMismatch(undefined, 'tribe-a')).toBe('no-squad');
    expect(chapterMismatch(null, 'tribe-a')).toBe('no-squad');
  });
});
