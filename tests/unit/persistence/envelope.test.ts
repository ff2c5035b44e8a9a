import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  encodeEnvelope,
  fnv1a,
  isSavedCohort,
  type SavedCohort,
} from '../../../src/ui/persistence/envelope.ts';

const cohort: SavedCohort = {
  fileName: 'mine.csv',
  text: 'journey_id,date\nC1,2020-01-01\n',
  synthetic: false,
};
const now = new Date('2026-11-26T10:00:00Z');

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('the storage envelope', () => {
  it('round-trips data with its version, time, kind and checksum', () => {
    const text = encodeEnvelope('cohort', cohort, now);
    const result = decodeEnvelope(text, 'cohort', isSavedCohort);
    expect(result).toEqual({
      ok: true,
      envelope: {
        version: 1,
        savedAt: '2026-11-26T10:00:00.000Z',
        kind: 'cohort',
        data: cohort,
        checksum: fnv1a(JSON.stringify(cohort)),
      },
    });
  });

  const reason = (text: string) => {
    const result = decodeEnvelope(text, 'cohort', isSavedCohort);
    return result.ok ? 'ok' : result.reason;
  };
  const good = () => JSON.parse(encodeEnvelope('cohort', cohort, now)) as Record<string, unknown>;

  it('detects text that is not JSON or not an envelope', () => {
    expect(reason('{"version":1,')).toBe('not JSON');
    expect(reason('garbage')).toBe('not JSON');
    expect(reason('[1,2]')).toBe('not an envelope');
    expect(reason('null')).toBe('not an envelope');
  });

  it('detects another version or kind', () => {
    expect(reason(JSON.stringify({ ...good(), version: 2 }))).toBe('unknown version 2');
    expect(reason(encodeEnvelope('settings', cohort, now))).toBe('expected cohort, found settings');
  });

  it('detects missing fields', () => {
    for (const field of ['savedAt', 'checksum', 'data']) {
      const envelope = Object.fromEntries(Object.entries(good()).filter(([key]) => key !== field));
      expect(reason(JSON.stringify(envelope))).not.toBe('ok');
    }
    expect(reason(JSON.stringify({ ...good(), savedAt: 'yesterday' }))).toBe('missing or invalid savedAt');
  });

  it('detects changed data (checksum mismatch)', () => {
    const envelope = good();
    envelope.data = { ...cohort, text: 'tampered' };
    expect(reason(JSON.stringify(envelope))).toBe('checksum mismatch');
  });

  it('rejects data of the wrong shape even with a matching checksum', () => {
    expect(reason(encodeEnvelope('cohort', { fileName: 'x.csv' }, now))).toBe('unexpected data');
    expect(reason(encodeEnvelope('cohort', { ...cohort, fileName: '' }, now))).toBe('unexpected data');
  });
});
