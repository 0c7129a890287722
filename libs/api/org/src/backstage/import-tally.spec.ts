import { ImportTally, progressOf } from './import-tally';

describe('import tally', () => {
  it('counts each entity once, an unchanged one touched by a membership change as updated', () => {
    const tally = new ImportTally(['Document 1: not a catalog entity.']);
    tally.record('User:ada', 'created');
    tally.record('Group payments', 'unchanged');
    tally.record('Group checkout', 'unchanged');
    tally.touch('Group checkout');
    tally.touch('User:ada'); // created stays created
    tally.errors.push('User bob: ...');
    expect(tally.counts()).toEqual({ created: 1, updated: 1, unchanged: 1, errors: ['Document 1: not a catalog entity.', 'User bob: ...'] });
  });

  it('reports a step at its start and after each batch', () => {
    const heard: [string, number, number][] = [];
    const done = progressOf((phase, d, total) => heard.push([phase, d, total]), 'People', 3);
    done();
    done(2);
    expect(heard).toEqual([
      ['People', 0, 3],
      ['People', 1, 3],
      ['People', 3, 3],
    ]);
  });
});
