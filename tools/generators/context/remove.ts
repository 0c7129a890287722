import { GeneratorCallback, Tree } from '@nx/devkit';
import { ContextSchema, refreshGeneratedFiles } from './generator';
import { contextNames, unregister } from './registration';

/** `npx nx g @guildhall/tools:remove-context <name>`: undoes the context generator, files and registrations. */
export async function removeContextGenerator(tree: Tree, options: ContextSchema): Promise<GeneratorCallback> {
  const n = contextNames(options.name);
  if (!tree.exists(n.apiRoot)) throw new Error(`${n.apiRoot} does not exist.`);
  for (const path of [n.apiRoot, n.webRoot, n.spec]) tree.delete(path);
  unregister(tree, n);
  return () => refreshGeneratedFiles(tree.root);
}

export default removeContextGenerator;
