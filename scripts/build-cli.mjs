// Builds the command line into plain JavaScript (dist-cli/), so that `pathway-lens` starts without
// transpiling TypeScript: `npm ci` runs it as the `prepare` step, and `npm test` runs it again before the
// tests so they exercise the current sources. Rolldown (Vite's bundler) bundles the core and the pure
// JavaScript dependencies; native and file-reading packages stay in node_modules.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'dist-cli');

/** Packages read from node_modules at run time: native binaries, or code that reads its own data files. */
export const CLI_EXTERNAL = [
  '@resvg/resvg-js',
  'pdfkit',
  'svg-to-pdfkit',
  'dejavu-fonts-ttf',
  '@duckdb/node-api',
];

export async function buildCli() {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  await build({
    input: { 'pathway-lens': join(root, 'src/cli/main.ts') },
    platform: 'node',
    external: (id) => id.startsWith('node:') || CLI_EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`)),
    logLevel: 'warn',
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: 'chunks/[name]-[hash].mjs',
      minify: false,
    },
  });
  return Date.now() - started;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ms = await buildCli();
  if (!process.argv.includes('--quiet')) console.log(`Built the command line into dist-cli/ in ${ms} ms`);
}
