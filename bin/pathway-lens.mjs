#!/usr/bin/env node
// The command line of Pathway Lens: plain JavaScript built from src/cli by `npm ci` (the `prepare` step)
// or `npm run build:cli`, so it starts without transpiling TypeScript.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/pathway-lens.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'pathway-lens: the command line is not built yet; run `npm ci` (or `npm run build:cli`) in the project folder.\n',
  );
  process.exit(1);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
