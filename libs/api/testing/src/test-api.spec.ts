import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_NODE_FLAGS } from './test-api';

const root = resolve(__dirname, '../../../..');

/** Tests and the bench run the API with the node flags it is deployed with: the same in every place that starts it. */
describe('API_NODE_FLAGS', () => {
  it('are the flags `npm start` runs the API with', () => {
    const start: string = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts.start;
    expect(start).toContain(`node ${API_NODE_FLAGS.join(' ')} dist/api/apps/api/src/main.js`);
  });

  it("are the flags of the Dockerfile's command", () => {
    const command = /^CMD (\[.*\])$/m.exec(readFileSync(resolve(root, 'Dockerfile'), 'utf8'))?.[1];
    expect(JSON.parse(command ?? '[]')).toEqual(['node', ...API_NODE_FLAGS, 'dist/api/apps/api/src/main.js']);
  });
});
