/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { cspPlugin } from './scripts/csp.ts';
// @ts-expect-error -- plain ESM helper shared with the test script, no types needed.
import { findChromium, chromiumArgs, chromiumEnv } from './scripts/chromium.mjs';

// Every test project runs in UTC (Node workers and Chromium inherit it), however Vitest is started.
process.env.TZ = 'UTC';
const executablePath = (findChromium as () => string | undefined)();
const browserProvider = playwright({
  launchOptions: {
    executablePath,
    args: chromiumArgs as string[],
    env: { ...process.env, ...(chromiumEnv as (p?: string) => Record<string, string>)(executablePath) },
  },
});
// Each browser project names its one Chromium instance, because Vitest requires unique names.
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: browserProvider,
  instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
  screenshotFailures: false,
});

// The large-input tests (a 100 MB file, a 1,000,000-event cohort) take a minute and a gigabyte, so the
// `large` project exists only when asked for by name — `npm run test:large` (`vitest run --project large`)
// — and plain `vitest run` (thus `npm test`) leaves it out.
const projectArgs = process.argv.flatMap((a, i, all) =>
  a === '--project' ? [all[i + 1] ?? ''] : a.startsWith('--project=') ? [a.slice('--project='.length)] : [],
);
const largeProjects = projectArgs.some((p) => p.includes('large'))
  ? [
      {
        extends: true as const,
        test: {
          name: 'large',
          environment: 'node',
          include: ['tests/large/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
    ]
  : [];

export default defineConfig({
  plugins: [react(), cspPlugin()],
  base: './',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/setup/buildCli.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: browser('browser'),
          isolate: false,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser('storybook'), isolate: false },
      },
      ...largeProjects,
    ],
  },
});
