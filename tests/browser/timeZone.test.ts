import { describe, expect, it } from 'vitest';

describe('the browser tests’ time zone', () => {
  it('is UTC in Chromium too (vite.config.ts fixes it before the browser starts)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(/^(UTC|Etc\/UTC)$/);
    expect(new Date(2020, 6, 1).getTimezoneOffset()).toBe(0);
  });
});
