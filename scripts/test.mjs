// `npm test`: type check, lint, format check, unit tests in Node, component and story tests in Chromium,
// a production build and end-to-end tests against it. The steps run two at a time (this kind of machine
// has two cores): each of two lanes takes the next step that can start, in the order below, when it is
// free; each step's output is printed in one piece when it ends; the first failure stops everything.
// Type check, lint and format keep caches in node_modules/.cache, so a second run is quicker.
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
// End-to-end specs run apart from the others, on a second preview server, by whichever lane is free
// first: after the Vitest projects when caches are warm, after the other specs on a fresh clone (where
// ESLint and tsc take longer).
const LATE_SPECS = ['tests/e2e/compare.spec.ts', 'tests/e2e/overlay.spec.ts'];
// In order of starting: the long steps early, the end-to-end tests once the build is there.
const steps = [
  step('lint', ['eslint', '.', '--max-warnings=0', '--cache', '--cache-location', `${cache}/eslint/`]),
  step('format', ['prettier', '--check', '.', '--cache', '--cache-location', `${cache}/prettier/cache`]),
  step('build', ['vite', 'build']),
  step('end-to-end tests', ['playwright', 'test'], {
    needs: 'build',
    env: { E2E_SKIP: LATE_SPECS.join(',') },
  }),
  step('unit, component and story tests', ['vitest', 'run']),
  step('type check', [
    'tsc',
    '-p',
    'tsconfig.json',
    '--noEmit',
    '--incremental',
    '--tsBuildInfoFile',
    `${cache}/tsc/tsbuildinfo`,
  ]),
  step('end-to-end tests (second part)', ['playwright', 'test', ...LATE_SPECS], {
    needs: 'build',
    env: { E2E_PORT: String(Number(process.env.E2E_PORT ?? 4173) + 1) },
  }),
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
  for (const resolve of settle.values()) resolve(); // nothing waits for a step that will not run
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

// Each step's outcome, so that a step can wait for the one it needs.
const passedSteps = new Map();
const finished = new Map();
const settle = new Map();
for (const s of steps) finished.set(s.name, new Promise((resolve) => settle.set(s.name, resolve)));
const waiting = [...steps];

/** The first step not yet started whose need has passed; null when none is left (or one failed). */
async function nextStep() {
  for (;;) {
    if (failed || waiting.length === 0) return null;
    const index = waiting.findIndex((s) => !s.needs || passedSteps.get(s.needs) === true);
    if (index >= 0) return waiting.splice(index, 1)[0];
    await Promise.race(waiting.map((s) => finished.get(s.needs)));
  }
}

const started = Date.now();
const results = await Promise.all(
  [1, 2].map(async () => {
    for (let s = await nextStep(); s; s = await nextStep()) {
      const passed = await run(s);
      passedSteps.set(s.name, passed);
      settle.get(s.name)();
      if (!passed) {
        stopAll();
        return false;
      }
    }
    return !failed;
  }),
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (results.every(Boolean)) console.log(`\nAll test steps passed in ${seconds} s.`);
else {
  console.error(`\nnpm test failed after ${seconds} s.`);
  process.exit(1);
}
