// `npm test`: type check, lint, unit tests in Node, component and story tests in Chromium,
// then end-to-end tests against the built app. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { ensureChromium, installHint } from './chromium.mjs';

const chromium = await ensureChromium();
if (!chromium) {
  console.error(installHint);
  process.exit(1);
}
const unpacked =
  chromium.unpackedMs === undefined ? '' : `, unpacked in ${(chromium.unpackedMs / 1000).toFixed(1)} s`;
console.log(`Chromium (${chromium.source}${unpacked}): ${chromium.path}`);
process.env.CHROMIUM_PATH = chromium.path;
process.env.TZ = 'UTC';

const steps = [
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit, component and story tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['vite', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
