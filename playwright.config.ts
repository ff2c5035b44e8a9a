import { defineConfig } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with the test script.
import { findChromium, chromiumArgs, chromiumEnv } from './scripts/chromium.mjs';

const executablePath = (findChromium as () => string | undefined)();

// E2E_PORT lets a developer run the suite beside another preview server (default 4173).
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${String(port)}`;

// `npm test` runs tests/e2e; `npm run test:large` (PATHWAY_LENS_LARGE=1) runs the performance specs in
// tests/large, which load 100,000 journeys through the page.
const large = process.env.PATHWAY_LENS_LARGE === '1';

export default defineConfig({
  testDir: 'tests',
  testMatch: large ? 'large/**/*.spec.ts' : 'e2e/**/*.spec.ts',
  // E2E_SKIP: specs another run takes (npm test runs some in its other lane, see scripts/test.mjs).
  testIgnore: (process.env.E2E_SKIP ?? '')
    .split(',')
    .filter(Boolean)
    .map((spec) => `**/${spec}`),
  timeout: 60_000,
  retries: 0,
  // One file at a time by default: npm test runs this beside the Vitest projects, which keep the other
  // core busy (a second worker only adds a browser's overhead there). E2E_WORKERS=2 runs two at a time.
  workers: large ? 1 : Number(process.env.E2E_WORKERS ?? 1),
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: chromiumArgs as string[],
      env: { ...process.env, ...(chromiumEnv as (p?: string) => Record<string, string>)(executablePath) },
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${String(port)} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
