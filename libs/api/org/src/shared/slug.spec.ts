import { nextFreeSlug, slugify } from './slug';
import { cleanName, cleanText } from './org-text';

describe('slugs', () => {
  it('derives lower-case hyphenated ASCII from names', () => {
    expect(slugify('Payments & Billing')).toBe('payments-and-billing');
    expect(slugify('  Crème Brûlée  Squad! ')).toBe('creme-brulee-squad');
    expect(slugify('Ünïcödé—Ops 2.0')).toBe('unicode-ops-2-0');
  });

  it('falls back when nothing URL-safe is left, and stays short', () => {
    expect(slugify('!!!', 'guild')).toBe('guild');
    expect(slugify('漢字', 'tribe')).toBe('tribe');
    expect(slugify('a'.repeat(200)).length).toBe(60);
  });

  it('suffixes -2, -3 ... when the slug is taken', () => {
    expect(nextFreeSlug('core', [])).toBe('core');
    expect(nextFreeSlug('core', ['core'])).toBe('core-2');
    expect(nextFreeSlug('core', ['core', 'core-2', 'core-3', 'core-team'])).toBe('core-4');
  });
});

describe('org text', () => {
  it('trims and collapses names, refusing blank and over-long ones', () => {
    expect(cleanName('  Data   Platform ')).toBe('Data Platform');
    expect(() => cleanName('   ')).toThrow(/cannot be blank/);
    expect(() => cleanName('x'.repeat(81))).toThrow(/80 characters/);
  });

  it('turns blank optional text into null', () => {
    expect(cleanText('  ', 'mission')).toBeNull();
    expect(cleanText(undefined, 'mission')).toBeNull();
    expect(() => cleanText('x'.repeat(2001), 'mission')).toThrow(/2000/);
  });
});
