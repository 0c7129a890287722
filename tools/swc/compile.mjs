#!/usr/bin/env node
// Compiles Node-side TypeScript with SWC: `node tools/swc/compile.mjs <dirs...> -d <out>` takes
// the same arguments as the swc CLI. SWC cannot read tsconfig, so the path aliases come from
// tsconfig.base.json (the one alias map) and join .swcrc's settings in a config made per run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

export function swcConfig() {
  const swcrc = readJson('.swcrc');
  const { paths } = readJson('tsconfig.base.json').compilerOptions;
  return { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: root, paths } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // One file per run: several projects compile at once.
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-swc-'));
  const configFile = join(dir, '.swcrc');
  writeFileSync(configFile, JSON.stringify(swcConfig()));
  const swc = createRequire(import.meta.url).resolve('@swc/cli/bin/swc.js');
  const run = spawnSync(process.execPath, [swc, ...process.argv.slice(2), '--config-file', configFile], { cwd: root, stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}
