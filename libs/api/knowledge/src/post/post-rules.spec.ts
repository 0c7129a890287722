import { checkBody, cleanTitle, normaliseTags } from './post-rules';

describe('normaliseTags', () => {
  it('lower-cases, trims, dashes inner spaces and removes duplicates, keeping first-seen order', () => {
    expect(normaliseTags(['  Kotlin ', 'kotlin', 'Machine  Learning', 'C#', '', '   '])).toEqual(['kotlin', 'machine-learning', 'c#']);
  });

  it('treats a missing list as no tags', () => {
    expect(normaliseTags(undefined)).toEqual([]);
    expect(normaliseTags(null)).toEqual([]);
  });

  it('allows five distinct tags and refuses six, counting after de-duplication', () => {
    expect(normaliseTags(['a', 'b', 'c', 'd', 'e', 'A', 'B'])).toHaveLength(5);
    expect(() => normaliseTags(['a', 'b', 'c', 'd', 'e', 'f'])).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'tags' }) }));
  });

  it('refuses a huge list before looking at its entries, so the work stays bounded', () => {
    const many = Array.from({ length: 100_000 }, () => 'same');
    // Refused by its length alone: de-duplicating first took seconds and then accepted one tag.
    expect(() => normaliseTags(many)).toThrow(/at most 5 tags; you gave 100000/);
  });

  it('refuses markup, punctuation-first and over-long tags', () => {
    for (const bad of ['<b>', '-leading', 'x'.repeat(33), 'semi;colon']) expect(() => normaliseTags([bad])).toThrow();
    expect(normaliseTags(['ünïcode', 'node.js', 'c++'])).toEqual(['ünïcode', 'node.js', 'c++']);
  });
});

describe('cleanTitle and checkBody', () => {
  it('collapses whitespace in titles and enforces 3..200 characters', () => {
    expect(cleanTitle('  A   title ')).toBe('A title');
    expect(() => cleanTitle(' ab ')).toThrow();
    expect(() => cleanTitle('x'.repeat(201))).toThrow();
  });

  it('keeps bodies exactly as written but refuses blank or oversized ones', () => {
    expect(checkBody('  *md*  \n', 10)).toBe('  *md*  \n');
    expect(() => checkBody(' \n\t', 10)).toThrow();
    expect(() => checkBody('x'.repeat(11), 10)).toThrow();
  });
});
