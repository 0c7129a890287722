import { createTwoFilesPatch } from 'diff';
import { diffHunks } from './diff-rows';

describe('diffHunks', () => {
  it('numbers lines and pairs removed lines with the added lines that replace them', () => {
    const patch = createTwoFilesPatch('a v1', 'a v2', 'one\ntwo\nthree\nfour\n', 'one\nTWO\nthree\nfour\nfive\n');
    const [hunk] = diffHunks(patch);
    expect(hunk.lines.map((l) => `${l.kind}:${l.oldNumber ?? ''}:${l.newNumber ?? ''}:${l.text}`)).toEqual([
      'context:1:1:one',
      'removed:2::two',
      'added::2:TWO',
      'context:3:3:three',
      'context:4:4:four',
      'added::5:five',
    ]);
    expect(hunk.rows.map((r) => [r.left?.text ?? null, r.right?.text ?? null])).toEqual([
      ['one', 'one'],
      ['two', 'TWO'],
      ['three', 'three'],
      ['four', 'four'],
      [null, 'five'],
    ]);
  });

  it('gives no hunks for identical texts and skips the no-newline marker', () => {
    expect(diffHunks(createTwoFilesPatch('a', 'b', 'same\n', 'same\n'))).toEqual([]);
    const [hunk] = diffHunks(createTwoFilesPatch('a', 'b', 'x', 'y'));
    expect(hunk.lines.map((l) => l.kind)).toEqual(['removed', 'added']);
  });
});
