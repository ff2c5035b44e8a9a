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
const step = (name, args, more = {}) => ({ name, cmd: 'npx', args, ...more });
// The end-to-end specs the first lane runs once its Vitest projects are done, on a second preview
// server, while the second lane runs the rest: both lanes then end at about the same time.
const LATE_SPECS = ['tests/e2e/compare.spec.ts', 'tests/e2e/overlay.spec.ts'];
// Two lanes of about equal length (this kind of machine has two cores and every step keeps one busy).
const lanes = [
  [
    step('lint', ['eslint', '.', '--max-warnings=0', '--cache', '--cache-location', `${cache}/eslint/`]),
    step('type check', [
      'tsc',
      '-p',
      'tsconfig.json',
      '--noEmit',
      '--incremental',
      '--tsBuildInfoFile',
      `${cache}/tsc/tsbuildinfo`,
    ]),
    step('unit, component and story tests', ['vitest', 'run']),
    step('end-to-end tests (second part)', ['playwright', 'test', ...LATE_SPECS], {
      needs: 'build',
      env: { E2E_PORT: String(Number(process.env.E2E_PORT ?? 4173) + 1) },
    }),
  ],
  [
    step('format', ['prettier', '--check', '.', '--cache', '--cache-location', `${cache}/prettier/cache`]),
    step('build', ['vite', 'build']),
    step('end-to-end tests', ['playwright', 'test'], { env: { E2E_SKIP: LATE_SPECS.join(',') } }),
  ],
];

const running = new Set();
let failed = false;

function run({ name, cmd, args, env = {} }) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`▶ ${name}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env: { ...process.env, ...env, FORCE_COLOR: '1' }, detached: true });
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
  for (const resolve of settle.values()) resolve(false); // nothing waits for a step that will not run
  // SIGINT first, to the step and everything it started: Playwright then stops the preview server it
  // started in a process group of its own (SIGTERM would leave it listening); SIGTERM for stragglers.
  const signal = (name) => {
    for (const child of running) {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGINT');
  setTimeout(() => signal('SIGTERM'), 5000);
}

// Each step's outcome, so a step in one lane can wait for one in the other (`needs`).
const outcomes = new Map();
const settle = new Map();
for (const s of lanes.flat()) outcomes.set(s.name, new Promise((resolve) => settle.set(s.name, resolve)));

const started = Date.now();
const results = await Promise.all(
  lanes.map(async (lane) => {
    for (const s of lane) {
      if (failed) return false;
      if (s.needs && !(await outcomes.get(s.needs))) return false;
      const passed = await run(s);
      settle.get(s.name)(passed);
      if (!passed) {
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
