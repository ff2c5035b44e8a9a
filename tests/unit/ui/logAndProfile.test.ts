import { describe, expect, it } from 'vitest';
import { logAndProfile } from '../../../src/ui/editor/logAndProfile.ts';

const file = (name: string) => new File(['x'], name);

describe('logAndProfile', () => {
  it('takes one file as the log', () => {
    const log = file('events.json');
    expect(logAndProfile([log])).toEqual({ log });
  });

  it('finds the profile by its .profile.json name, or as the .json beside a log of another type', () => {
    const log = file('export.csv');
    const profile = file('export.profile.json');
    expect(logAndProfile([profile, log])).toEqual({ log, profile });
    const other = file('mapping.json');
    expect(logAndProfile([log, other])).toEqual({ log, profile: other });
  });

  it('reads two JSON files without a profile name as no profile, and nothing as nothing', () => {
    const a = file('a.json');
    expect(logAndProfile([a, file('b.json')])).toEqual({ log: a });
    expect(logAndProfile([])).toBeNull();
  });
});
