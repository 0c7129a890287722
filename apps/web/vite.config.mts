import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

// The API runs on :3000 in development. The proxy keeps the browser's Host header
// (no changeOrigin) so the API's same-origin check sees a same-site request.
const api = { target: 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  root,
  envDir: workspace,
  plugins: [react()],
  // The path aliases come from tsconfig.base.json, the one alias map.
  resolve: { tsconfigPaths: true },
  server: { port: 4200, proxy: { '/graphql': api, '/health': api } },
  preview: { port: 4300 },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
  },
});
