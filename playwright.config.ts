import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/chrome-mv3) in Debian's Chromium; LinkedIn
// pages are served from tests/fixtures through context.route (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
  use: { trace: 'off' },
});
