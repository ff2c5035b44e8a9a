// `npm test`: type check, lint, format check, unit tests in Node, component and story tests in Chromium,
// a production build and end-to-end tests against it. The steps run in two lanes side by side (this kind
// of machine has two cores), each step's output printed in one piece when it ends; the first failure stops
// everything. Type check, lint and format keep caches in node_modules/.cache, so a second run is quicker.
import { spawn } from 'node:child_process';
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

const cache = 'node_modules/.cache';
const step = (name, ...args) => ({ name, cmd: 'npx', args });
// Two lanes of about equal length: lint then the Vitest projects; the rest then the end-to-end tests.
const lanes = [
  [
    step('lint', 'eslint', '.', '--max-warnings=0', '--cache', '--cache-location', `${cache}/eslint/`),
    step('unit, component and story tests', 'vitest', 'run'),
  ],
  [
    step(
      'type check',
      'tsc',
      '-p',
      'tsconfig.json',
      '--noEmit',
      '--incremental',
      '--tsBuildInfoFile',
      `${cache}/tsc/tsbuildinfo`,
    ),
    step('format', 'prettier', '--check', '.', '--cache', '--cache-location', `${cache}/prettier/cache`),
    step('build', 'vite', 'build'),
    step('end-to-end tests', 'playwright', 'test'),
  ],
];

const running = new Set();
let failed = false;

function run({ name, cmd, args }) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`▶ ${name}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '1' }, detached: true });
    running.add(child);
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (failed && code !== 0) {
        resolve(false); // stopped because another step failed
        return;
      }
      process.stdout.write(`\n── ${name} ──\n`);
      process.stdout.write(Buffer.concat(output));
      if (code === 0) console.log(`✔ ${name} (${seconds} s)`);
      else console.error(`✖ ${name} failed (exit ${code ?? signal}) after ${seconds} s.`);
      resolve(code === 0);
    });
  });
}

function stopAll() {
  failed = true;
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the step and everything it started
    } catch {
      // already gone
    }
  }
}

const started = Date.now();
const results = await Promise.all(
  lanes.map(async (lane) => {
    for (const s of lane) {
      if (failed) return false;
      if (!(await run(s))) {
        stopAll();
        return false;
      }
    }
    return true;
  }),
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (results.every(Boolean)) console.log(`\nAll test steps passed in ${seconds} s.`);
else {
  console.error(`\nnpm test failed after ${seconds} s.`);
  process.exit(1);
}
