// `npm run test:large`: the tests `npm test` leaves out because they take long or need much memory —
// the large-input Vitest project (a 100 MB file, 1,000,000 events, …), the explorer's performance specs
// with 100,000 journeys in Chromium (figures printed, not asserted), and the unit tests again under
// Node 22 (fetched from the npm registry as the `node` package), so both supported Node lines are tried,
// with every case of the slow property tests (tests/unit/propertyRuns.ts).
import { spawnSync } from 'node:child_process';
import { ensureChromium, installHint } from './chromium.mjs';

const chromium = await ensureChromium();
if (!chromium) {
  console.error(installHint);
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium.path;
process.env.TZ = 'UTC';

const steps = [
  ['large-input tests', 'npx', ['vitest', 'run', '--project', 'large']],
  ['build', 'npx', ['vite', 'build']],
  ['explorer performance (100,000 journeys)', 'npx', ['playwright', 'test'], { PATHWAY_LENS_LARGE: '1' }],
  [
    'unit tests under Node 22',
    'npx',
    ['--yes', '-p', 'node@22', 'node', 'node_modules/vitest/vitest.mjs', 'run', '--project', 'unit'],
    // …with every case of the slow property tests (npm test tries a quarter of them).
    { PATHWAY_LENS_FULL_PROPERTIES: '1' },
  ],
];

const started = Date.now();
for (const [name, cmd, args, env] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll large tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
