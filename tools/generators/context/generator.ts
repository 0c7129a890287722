import { generateFiles, GeneratorCallback, joinPathFragments, Tree } from '@nx/devkit';
import { execSync } from 'node:child_process';
import { contextNames, register } from './registration';

export interface ContextSchema {
  name: string;
}

/**
 * `npx nx g @guildhall/tools:context <name>`: a bounded context in one command. Creates
 * libs/api/<name> (module, empty migrations list, a resolver with one query), libs/web/<name>
 * (a page), a first API spec, and registers them: the path aliases in tsconfig.base.json, the
 * API's context list, the web router (a lazy route and its route module) and nav. ESLint finds the context by its tag.
 */
export async function contextGenerator(tree: Tree, options: ContextSchema): Promise<GeneratorCallback> {
  const n = contextNames(options.name);
  for (const root of [n.apiRoot, n.webRoot, n.spec, n.route]) {
    if (tree.exists(root)) throw new Error(`${root} already exists.`);
  }
  const substitutions = { ...n, tmpl: '' };
  generateFiles(tree, joinPathFragments(__dirname, 'files/api'), n.apiRoot, substitutions);
  generateFiles(tree, joinPathFragments(__dirname, 'files/web'), n.webRoot, substitutions);
  generateFiles(tree, joinPathFragments(__dirname, 'files/e2e'), 'apps/api-e2e/src', substitutions);
  register(tree, n);
  return () => refreshGeneratedFiles(tree.root);
}

/** The committed schema and client types follow the code; run after the files are written. */
export function refreshGeneratedFiles(root: string): void {
  execSync('npm run --silent schema && npm run --silent codegen', { cwd: root, stdio: 'inherit' });
}

export default contextGenerator;
