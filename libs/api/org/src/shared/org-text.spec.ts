import { ORG_NAME_MAX_LENGTH } from '@guildhall/shared-domain';
import { cleanName, fitText } from './org-text';

describe('org text', () => {
  it('fits imported text the way a mutation cleans it, cut to the limit instead of refused', () => {
    const long = `  ${'a'.repeat(ORG_NAME_MAX_LENGTH)}  b `;
    expect(() => cleanName(long)).toThrow(`${ORG_NAME_MAX_LENGTH} characters`);
    expect(fitText(long, ORG_NAME_MAX_LENGTH)).toBe('a'.repeat(ORG_NAME_MAX_LENGTH));
    expect(fitText(' Payments \n  Core ', ORG_NAME_MAX_LENGTH)).toBe(cleanName(' Payments \n  Core '));
  });

  it('fits what is not text to nothing', () => {
    expect(fitText(undefined, 10)).toBe('');
    expect(fitText(42, 10)).toBe('');
  });
});
