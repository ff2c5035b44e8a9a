import { describe, expect, it } from 'vitest';

describe('the tests’ time zone', () => {
  it('is UTC, whatever the machine says (vite.config.ts fixes it)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(/^(UTC|Etc\/UTC)$/);
    expect(new Date(2020, 6, 1).getTimezoneOffset()).toBe(0);
  });
});
