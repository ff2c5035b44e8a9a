// Finds a Chromium for the browser tests (Vitest browser mode, Storybook story tests, Playwright), in order:
//   1. CHROMIUM_PATH;
//   2. a system Chrome or Chromium;
//   3. a browser that Playwright downloaded (`npx playwright install chromium`);
//   4. the Chromium shipped inside the npm package @sparticuz/chromium (Linux x64), unpacked once into
//      node_modules/.cache, so that `npm ci && npm test` needs nothing installed by hand.
// Only then does it give up, with one line saying what to install.
//
// `findChromium()` is synchronous (the Vite and Playwright configs call it while loading) and finds an
// already unpacked bundled browser; `ensureChromium()` also unpacks it. `npm test` calls the latter first
// and passes the result to every step in CHROMIUM_PATH.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browsers `npx playwright install chromium` leaves in its cache, newest first. */
function playwrightBrowsers() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  let dirs;
  try {
    dirs = readdirSync(cache);
  } catch {
    return [];
  }
  const found = [];
  for (const d of dirs.sort().reverse()) {
    if (d.startsWith('chromium_headless_shell-')) {
      found.push(join(cache, d, 'chrome-headless-shell-linux64', 'chrome-headless-shell'));
      found.push(join(cache, d, 'chrome-linux', 'headless_shell'));
    } else if (d.startsWith('chromium-')) {
      found.push(join(cache, d, 'chrome-linux64', 'chrome'));
      found.push(join(cache, d, 'chrome-linux', 'chrome'));
    }
  }
  return found;
}

/** The bundled browser works on Linux x64 only. */
const bundledSupported = process.platform === 'linux' && process.arch === 'x64';

function bundledPackageDir() {
  try {
    return dirname(dirname(require.resolve('@sparticuz/chromium')));
  } catch {
    return undefined;
  }
}

function bundledVersion(pkgDir) {
  return require(join(pkgDir, 'package.json')).version;
}

/** Where the bundled browser is unpacked: inside node_modules, so `npm ci` starts it afresh. */
function bundledDir(pkgDir) {
  return join(root, 'node_modules', '.cache', 'pathway-lens', `chromium-${bundledVersion(pkgDir)}`);
}

function bundledExecutable() {
  if (!bundledSupported) return undefined;
  const pkgDir = bundledPackageDir();
  if (!pkgDir) return undefined;
  const exe = join(bundledDir(pkgDir), 'chromium');
  return existsSync(exe) ? exe : undefined;
}

/** The first Chromium found without unpacking anything, and where it came from. */
export function locateChromium() {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  for (const c of systemCandidates) if (existsSync(c)) return { path: c, source: 'system' };
  for (const c of playwrightBrowsers()) if (existsSync(c)) return { path: c, source: 'playwright' };
  const bundled = bundledExecutable();
  if (bundled) return { path: bundled, source: 'bundled' };
  return undefined;
}

export function findChromium() {
  return locateChromium()?.path;
}

/**
 * Unpacks @sparticuz/chromium's browser (brotli-compressed inside the npm package) into node_modules/.cache.
 * The package unpacks into the system temporary folder; pointing TMPDIR at a private staging folder and
 * renaming it when complete keeps two test runs from ever seeing a half-written browser.
 */
async function unpackBundled() {
  const pkgDir = bundledPackageDir();
  if (!bundledSupported || !pkgDir) return undefined;
  const final = bundledDir(pkgDir);
  if (existsSync(join(final, 'chromium'))) return join(final, 'chromium');
  const staging = `${final}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    Chromium.setGraphicsMode = false; // no WebGL in these tests: skip the SwiftShader libraries
    await Chromium.executablePath(join(pkgDir, 'bin'));
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
  try {
    renameSync(staging, final);
  } catch {
    // Another run finished first: use its copy.
    rmSync(staging, { recursive: true, force: true });
  }
  return existsSync(join(final, 'chromium')) ? join(final, 'chromium') : undefined;
}

/** Like `locateChromium`, but unpacks the bundled browser when nothing else is found. */
export async function ensureChromium() {
  const found = locateChromium();
  if (found) return found;
  const started = Date.now();
  const path = await unpackBundled();
  if (!path) return undefined;
  return { path, source: 'bundled', unpackedMs: Date.now() - started };
}

/**
 * The bundled browser's own fonts.conf points at folders of the serverless hosts it was built for, where
 * nothing exists; with it, pages paint blank. This one reads the system's fonts and the DejaVu fonts that
 * come with `npm ci` (the figures' font), so text is drawn and measured alike on a machine with no fonts.
 */
function writeFontConfig(browserDir) {
  const conf = join(browserDir, 'fontconfig', 'fonts.conf');
  if (existsSync(conf)) return conf;
  let dejavu;
  try {
    dejavu = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    dejavu = undefined;
  }
  const dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), dejavu].filter(
    Boolean,
  );
  const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  mkdirSync(dirname(conf), { recursive: true });
  const body = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(join(browserDir, 'fontconfig', 'cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  writeFileSync(`${conf}.${process.pid}`, body);
  renameSync(`${conf}.${process.pid}`, conf);
  return conf;
}

/** Environment for a browser found by `locateChromium`: the bundled one gets a working font configuration. */
export function chromiumEnv(path) {
  if (!path || !path.includes(join('.cache', 'pathway-lens'))) return {};
  return { FONTCONFIG_FILE: writeFontConfig(dirname(path)) };
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const installHint = bundledSupported
  ? 'No Chromium found, and the bundled one (@sparticuz/chromium) is not installed: run `npm ci` again, install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.'
  : `No Chromium found (the bundled one works on Linux x64 only, and this is ${process.platform} ${process.arch}): install Chrome or Chromium (\`npx playwright install chromium\`) or set CHROMIUM_PATH to its executable.`;

// `node scripts/chromium.mjs`: finds (and if need be unpacks) a browser and prints its path.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = await ensureChromium();
  if (!found) {
    console.error(installHint);
    process.exit(1);
  }
  console.log(found.path);
}
