import { prefixedKeys } from './prefixed-keys';

describe('prefixedKeys', () => {
  it('names each column under the prefix, and gives the same object for the same list and prefix', () => {
    const columns = ['id', 'display_name'] as const;
    expect(prefixedKeys(columns, 'au_')).toEqual({ id: 'au_id', display_name: 'au_display_name' });
    expect(prefixedKeys(columns, 'au_')).toBe(prefixedKeys(columns, 'au_'));
    expect(prefixedKeys(columns, '')).toEqual({ id: 'id', display_name: 'display_name' });
    expect(prefixedKeys(['id'], 'au_')).not.toBe(prefixedKeys(columns, 'au_'));
  });
});
