import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { ClientSideBaseVisitor } from '@graphql-codegen/visitor-plugin-common';
import { buildSchema, Kind, parse } from 'graphql';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));
const generated = fileURLToPath(new URL('../../libs/web/data-access/src/generated', import.meta.url));

// The API runs on :3000 in development. The proxy keeps the browser's Host header
// (no changeOrigin) so the API's same-origin check sees a same-site request.
const api = { target: 'http://localhost:3000', changeOrigin: false };

/**
 * What GraphQL Code Generator's optimizer does, without Babel, one module per document: each
 * `graphql(`…`)` call becomes an import of that one document (as `npm run codegen` wrote it in
 * the generated graphql.ts, fragments included), so a document travels in the chunk of the pages
 * that use it. Without it, the client preset's `graphql()` holds a map of every operation in the
 * app, and the first page would carry every page's queries.
 */
function graphqlDocuments(): Plugin {
  const source = `${generated}/graphql.ts`;
  const prefix = '\0guildhall-document:';
  const names = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {});
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let documents = new Map<string, string>();
  return {
    name: 'guildhall:graphql-documents',
    enforce: 'pre',
    apply: 'build',
    async buildStart() {
      this.addWatchFile(source);
      const text = await readFile(source, 'utf8');
      documents = new Map([...text.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map(([, name, json]) => [name, json]));
    },
    resolveId: (id) => (id.startsWith(prefix) ? id : null),
    load: (id) => (id.startsWith(prefix) ? `export default ${documents.get(id.slice(prefix.length))};` : null),
    transform: {
      filter: { id: /\.tsx?$/, code: 'graphql(`' },
      handler(code, id) {
        if (id.startsWith(generated)) return null;
        const imports = new Set<string>();
        const replaced = code.replace(call, (_, text: string) => {
          const [definition] = parse(text).definitions;
          const name =
            definition.kind === Kind.FRAGMENT_DEFINITION ? names.getFragmentVariableName(definition)
            : definition.kind === Kind.OPERATION_DEFINITION ? names.getOperationVariableName(definition)
            : undefined;
          if (!name || !documents.has(name)) this.error(`${id}: no generated document for ${name ?? 'this graphql() call'}; run "npm run codegen".`);
          imports.add(name);
          return `__graphql_${name}`;
        });
        const header = [...imports].map((name) => `import __graphql_${name} from ${JSON.stringify(prefix + name)};`).join('\n');
        return { code: `${header}\n${replaced}`, map: null };
      },
    },
  };
}

/** Vendor code that changes rarely gets chunks of its own, which browsers keep across deploys. */
const vendor = (name: string, packages: string[], options: { tags?: ['$initial'] } = {}) => ({
  name,
  test: new RegExp(`[\\\\/]node_modules[\\\\/](${packages.join('|')})[\\\\/]`),
  ...options,
});

export default defineConfig({
  root,
  envDir: workspace,
  plugins: [
    graphqlDocuments(),
    react(),
    // Precompressed at build time, next to each file: the API serves the .br or .gz the browser
    // accepts (express-static-gzip), so no asset is compressed per request.
    compression({
      include: /\.(html|js|css|svg|json|txt)$/,
      threshold: 0,
      skipIfLargerOrEqual: true,
      algorithms: [defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm('gzip', { level: 9 })],
    }),
  ],
  // The path aliases come from tsconfig.base.json, the one alias map.
  resolve: { tsconfigPaths: true },
  server: { port: 4200, proxy: { '/graphql': api, '/health': api } },
  preview: { port: 4300 },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // Never served: the build has no source maps at all.
    sourcemap: false,
    rolldownOptions: {
      // The web libs' index.ts files only re-export: importing one piece of a lib (the shell's
      // HeaderSearch) must not tie the lib's pages to the first chunk.
      treeshake: { moduleSideEffects: [{ test: /[\\/]libs[\\/]web[\\/][^\\/]+[\\/]src[\\/]index\.ts$/, sideEffects: false }] },
      experimental: { lazyBarrel: true },
      output: {
        codeSplitting: {
          groups: [
            vendor('react', ['react', 'react-dom', 'scheduler', 'react-router', 'cookie', 'set-cookie-parser']),
            vendor('apollo', ['@apollo', 'graphql', 'rxjs', 'optimism', '@wry', 'tslib', '@graphql-typed-document-node']),
            // Each page loads the Mantine components it uses, not every one the app uses.
            vendor('mantine', ['@mantine', '@floating-ui', 'react-remove-scroll', 'react-remove-scroll-bar', 'react-style-singleton', 'use-callback-ref', 'use-sidecar', 'get-nonce', 'react-number-format', 'react-textarea-autosize', 'clsx', 'tabbable'], { tags: ['$initial'] }),
          ],
        },
      },
    },
  },
});
