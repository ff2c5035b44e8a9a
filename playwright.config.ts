import { defineConfig } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with the test script.
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: (findChromium as () => string | undefined)(), args: chromiumArgs as string[] },
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
