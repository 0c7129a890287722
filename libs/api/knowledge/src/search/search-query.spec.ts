import { cleanSearchText, plainSnippet, prefixTsquery } from './search-query';

describe('prefixTsquery', () => {
  it('turns words into quoted prefix lexemes joined by AND', () => {
    expect(prefixTsquery('Ada Lov')).toBe(`'ada':* & 'lov':*`);
  });

  it('keeps letters and digits of any script only, so no input changes the query syntax', () => {
    expect(prefixTsquery(`o'brien & | ! ( ) :* <-> \\ "x"`)).toBe(`'o':* & 'brien':* & 'x':*`);
    expect(prefixTsquery('Zoë 42')).toBe(`'zoë':* & '42':*`);
  });

  it('returns null when there is no word to search for', () => {
    expect(prefixTsquery('  & ! ')).toBeNull();
    expect(prefixTsquery('')).toBeNull();
  });

  it('de-duplicates and caps the number of words', () => {
    expect(prefixTsquery('a a a')).toBe(`'a':*`);
    expect(prefixTsquery('a b c d e f g h i j')!.split('&')).toHaveLength(8);
  });
});

describe('cleanSearchText', () => {
  it('trims and refuses over-long searches', () => {
    expect(cleanSearchText('  chapter ')).toBe('chapter');
    expect(() => cleanSearchText('x'.repeat(201))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('plainSnippet', () => {
  it('drops Markdown and HTML noise but keeps the match markers', () => {
    expect(plainSnippet('## How **«chapters»** work, see [the guide](http://x) <b>now</b>')).toBe('How «chapters» work, see the guide now');
  });

  it('returns null for nothing', () => {
    expect(plainSnippet(null)).toBeNull();
    expect(plainSnippet(' ** ')).toBeNull();
  });
});
