import { Tree, workspaceRoot } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { contextGenerator } from './generator';
import { removeContextGenerator } from './remove';
import { CONTEXTS_FILE, NAV_FILE, ROUTER_FILE, ROUTES_DIR, TSCONFIG_FILE } from './registration';

/** Runs against the real workspace; the tree keeps every write in memory. */
describe('context generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = new FsTree(workspaceRoot, false);
  });

  it('creates both libs and the first API spec, and registers them everywhere', async () => {
    await contextGenerator(tree, { name: 'team-interfaces' });

    for (const file of [
      'libs/api/team-interfaces/project.json',
      'libs/api/team-interfaces/src/index.ts',
      'libs/api/team-interfaces/src/team-interfaces.module.ts',
      'libs/api/team-interfaces/src/team-interfaces.resolver.ts',
      'libs/api/team-interfaces/src/migrations/index.ts',
      'libs/web/team-interfaces/src/lib/team-interfaces-page.tsx',
      'apps/api-e2e/src/team-interfaces.e2e-spec.ts',
    ]) {
      expect(tree.exists(file)).toBe(true);
    }
    expect(JSON.parse(tree.read('libs/api/team-interfaces/project.json', 'utf-8')!).tags).toEqual(['scope:api', 'type:feature', 'context:team-interfaces']);
    expect(JSON.parse(tree.read('libs/web/team-interfaces/project.json', 'utf-8')!).tags).toEqual(['scope:web', 'type:feature']);
    expect(tree.read('libs/api/team-interfaces/src/team-interfaces.module.ts', 'utf-8')).toContain('export class TeamInterfacesModule');

    const paths = JSON.parse(tree.read(TSCONFIG_FILE, 'utf-8')!).compilerOptions.paths;
    expect(paths['@guildhall/api-team-interfaces']).toEqual(['libs/api/team-interfaces/src/index.ts']);
    expect(paths['@guildhall/web-team-interfaces']).toEqual(['libs/web/team-interfaces/src/index.ts']);
    expect(tree.read(CONTEXTS_FILE, 'utf-8')).toContain(
      '{ module: TeamInterfacesModule, migrations: TEAM_INTERFACES_MIGRATIONS, resolvers: TEAM_INTERFACES_RESOLVERS }',
    );
    const router = tree.read(ROUTER_FILE, 'utf-8')!;
    // A lazy route: the page is a chunk of its own, loaded when first visited.
    expect(router).toContain("{ path: '/team-interfaces', lazy: () => import('./routes/team-interfaces') },");
    expect(router).not.toContain('@guildhall/web-team-interfaces');
    expect(tree.read(`${ROUTES_DIR}/team-interfaces.ts`, 'utf-8')).toBe("export { TeamInterfacesPage as Component } from '@guildhall/web-team-interfaces';\n");
    // Before the catch-all, or it would never match.
    expect(router.indexOf("'/team-interfaces'")).toBeLessThan(router.indexOf("path: '*'"));
    const nav = tree.read(NAV_FILE, 'utf-8')!;
    expect(nav).toContain("{ label: 'Team interfaces', to: '/team-interfaces' }");
    expect(nav.indexOf("'/team-interfaces'")).toBeLessThan(nav.indexOf('adminOnly: true'));
  });

  it('refuses a context that exists', async () => {
    await expect(contextGenerator(tree, { name: 'org' })).rejects.toThrow('libs/api/org already exists');
  });

  it('is undone by remove-context, to the byte', async () => {
    const shared = [TSCONFIG_FILE, CONTEXTS_FILE, ROUTER_FILE, NAV_FILE];
    const before = shared.map((file) => tree.read(file, 'utf-8'));

    await contextGenerator(tree, { name: 'scratch-context' });
    await removeContextGenerator(tree, { name: 'scratch-context' });

    expect(shared.map((file) => tree.read(file, 'utf-8'))).toEqual(before);
    expect(tree.exists('libs/api/scratch-context')).toBe(false);
    expect(tree.exists('libs/web/scratch-context')).toBe(false);
    expect(tree.exists('apps/api-e2e/src/scratch-context.e2e-spec.ts')).toBe(false);
    expect(tree.exists(`${ROUTES_DIR}/scratch-context.ts`)).toBe(false);
  });
});
