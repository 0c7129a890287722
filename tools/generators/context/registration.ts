import { names, Tree } from '@nx/devkit';

/** The names one context goes by, derived from its kebab-case name. */
export function contextNames(name: string) {
  const { fileName, className, propertyName, constantName } = names(name);
  return {
    name: fileName,
    className,
    propertyName,
    constantName,
    title: fileName.charAt(0).toUpperCase() + fileName.slice(1).replace(/-/g, ' '),
    apiRoot: `libs/api/${fileName}`,
    webRoot: `libs/web/${fileName}`,
    apiImport: `@guildhall/api-${fileName}`,
    webImport: `@guildhall/web-${fileName}`,
    spec: `apps/api-e2e/src/${fileName}.e2e-spec.ts`,
    /** The page's route module, which the router loads when the page is first visited. */
    route: `${ROUTES_DIR}/${fileName}.ts`,
  };
}
export type ContextNames = ReturnType<typeof contextNames>;

export const CONTEXTS_FILE = 'apps/api/src/contexts.ts';
export const ROUTER_FILE = 'apps/web/src/app/router.tsx';
export const ROUTES_DIR = 'apps/web/src/app/routes';
export const NAV_FILE = 'apps/web/src/app/nav.ts';
export const TSCONFIG_FILE = 'tsconfig.base.json';

/** Every line the context adds to a shared file, by file. Removal deletes exactly these lines. */
export function registrationLines(n: ContextNames) {
  return {
    [CONTEXTS_FILE]: {
      import: `import { ${n.constantName}_MIGRATIONS, ${n.constantName}_RESOLVERS, ${n.className}Module } from '${n.apiImport}';`,
      entry: `  { module: ${n.className}Module, migrations: ${n.constantName}_MIGRATIONS, resolvers: ${n.constantName}_RESOLVERS },`,
    },
    [ROUTER_FILE]: {
      entry: `          { path: '/${n.name}', lazy: () => import('./routes/${n.name}') },`,
    },
    [NAV_FILE]: {
      entry: `  { label: '${n.title}', to: '/${n.name}' },`,
    },
  };
}

/** The route module: names the context's page as the `Component` its lazy route loads. */
export function routeModule(n: ContextNames): string {
  return `export { ${n.className}Page as Component } from '${n.webImport}';\n`;
}

/** Adds the context's path aliases, its API context entry, its (lazy) route and its nav item. */
export function register(tree: Tree, n: ContextNames): void {
  updateTsconfig(tree, (json) => {
    const paths: Record<string, string[]> = json.compilerOptions.paths;
    json.compilerOptions.paths = insertAfterLast(paths, '@guildhall/api-', n.apiImport, [`${n.apiRoot}/src/index.ts`]);
    json.compilerOptions.paths = insertAfterLast(json.compilerOptions.paths, '@guildhall/web-', n.webImport, [`${n.webRoot}/src/index.ts`]);
  });
  const lines = registrationLines(n);

  edit(tree, CONTEXTS_FILE, (text) => {
    text = insertAfterLastLine(text, (line) => line.startsWith('import '), lines[CONTEXTS_FILE].import);
    const list = text.indexOf('export const CONTEXTS');
    return insertBeforeLine(text, (line, at) => at > list && line === '];', lines[CONTEXTS_FILE].entry);
  });
  // The page is its own chunk, loaded when first visited: the route imports its route module.
  tree.write(n.route, routeModule(n));
  edit(tree, ROUTER_FILE, (text) => insertBeforeLine(text, (line) => line.trim().startsWith("{ path: '*'"), lines[ROUTER_FILE].entry));
  edit(tree, NAV_FILE, (text) => {
    const list = text.indexOf('export const NAV_ITEMS');
    // Before the admin pages, which close the navigation.
    return insertBeforeLine(text, (line, at) => at > list && (line.includes('adminOnly: true') || line === '];'), lines[NAV_FILE].entry);
  });
}

/** Takes back everything register() added. */
export function unregister(tree: Tree, n: ContextNames): void {
  updateTsconfig(tree, (json) => {
    delete json.compilerOptions.paths[n.apiImport];
    delete json.compilerOptions.paths[n.webImport];
  });
  tree.delete(n.route);
  for (const [file, added] of Object.entries(registrationLines(n))) {
    const drop = new Set<string>(Object.values(added));
    edit(tree, file, (text) => text.split('\n').filter((line) => !drop.has(line)).join('\n'));
  }
}

/** Edits tsconfig.base.json in its own style: objects one key a line, lists of strings on one line. */
function updateTsconfig(tree: Tree, change: (json: any) => void): void {
  edit(tree, TSCONFIG_FILE, (text) => {
    const json = JSON.parse(text);
    change(json);
    const oneLineLists = (_: string, items: string) => `[${items.trim().split(/,\s*\n\s*/).join(', ')}]`;
    return JSON.stringify(json, null, 2).replace(/\[((?:\s*"[^"\n]*",?)+)\s*\]/g, oneLineLists) + '\n';
  });
}

function edit(tree: Tree, file: string, change: (text: string) => string): void {
  const text = tree.read(file, 'utf-8');
  if (text === null) throw new Error(`${file} is missing: the context generator registers contexts there.`);
  tree.write(file, change(text));
}

function insertAfterLastLine(text: string, matches: (line: string) => boolean, added: string): string {
  const lines = text.split('\n');
  const last = lines.map((line, i) => (matches(line) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
  if (last < 0) throw new Error(`No place for: ${added}`);
  lines.splice(last + 1, 0, added);
  return lines.join('\n');
}

function insertBeforeLine(text: string, matches: (line: string, offset: number) => boolean, added: string): string {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    if (matches(lines[i], offset)) {
      lines.splice(i, 0, added);
      return lines.join('\n');
    }
    offset += lines[i].length + 1;
  }
  throw new Error(`No place for: ${added}`);
}

/** Keeps the alias map grouped: the new alias goes after the last one with the same prefix. */
function insertAfterLast(paths: Record<string, string[]>, prefix: string, key: string, value: string[]): Record<string, string[]> {
  const entries = Object.entries(paths).filter(([k]) => k !== key);
  const last = entries.map(([k], i) => (k.startsWith(prefix) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
  entries.splice(last < 0 ? entries.length : last + 1, 0, [key, value]);
  return Object.fromEntries(entries);
}
