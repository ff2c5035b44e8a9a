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
  timeout: 60_000,
  retries: 0,
  // Two files at a time: much of an end-to-end test is waiting for the page, so two browsers keep the
  // two cores busy (npm test runs this beside the Vitest projects). The performance specs run alone.
  workers: large ? 1 : Number(process.env.E2E_WORKERS ?? 2),
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
