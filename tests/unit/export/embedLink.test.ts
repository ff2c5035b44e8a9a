import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import type { Days } from '../../../src/core/pathway/types.ts';
import {
  embedHash,
  embedLinkProblems,
  parseEmbedHash,
  type EmbedLink,
} from '../../../src/ui/export/embedLink.ts';
import {
  hasFilters,
  journeyFilterOf as journeyFilter,
  NO_FILTERS,
} from '../../../src/ui/state/viewFilters.ts';

describe('embed links', () => {
  it('reads W, H, page, title, rounding and filters', () => {
    const link = parseEmbedHash(
      '#/embed?W=14&H=180&size=a4-portrait&title=Board%20paper%20%E2%80%93%20Q3&round=5&concern=self_harm&concern=low_mood&a.age_band=13-15&crisis=yes&missed=no&view=time',
    );
    expect(link).toEqual({
      parameters: { windowDays: 14 as Days, horizonDays: 180 as Days },
      size: 'a4-portrait',
      title: 'Board paper – Q3',
      roundTo: 5,
      filters: {
        concerns: ['self_harm', 'low_mood'],
        attributes: { age_band: ['13-15'] },
        reachedCrisis: true,
        withMissedPoints: false,
      },
      view: 'time',
    } satisfies EmbedLink);
  });

  it('falls back to the defaults for anything missing or malformed', () => {
    for (const hash of [
      '#/embed',
      '#/embed?',
      '#/embed?W=-1&H=99999&size=a3&round=7&crisis=maybe&title=%20%20',
    ]) {
      expect(parseEmbedHash(hash)).toEqual({
        parameters: DEFAULT_PARAMETERS,
        size: 'a4-landscape',
        title: undefined,
        roundTo: 0,
        filters: NO_FILTERS,
        view: 'frequency',
      });
    }
  });

  it('names every value it cannot read, with what is allowed (the embed then says so)', () => {
    expect(embedLinkProblems('#/embed?W=28&H=365&size=a4-portrait&round=5&view=time&crisis=yes')).toEqual([]);
    expect(embedLinkProblems('#/embed')).toEqual([]);
    const problems = embedLinkProblems('#/embed?W=-3&H=abc&size=a3&round=7&view=map&crisis=maybe');
    expect(problems).toEqual([
      expect.stringMatching(
        /^W \(the response window\) must be a whole number of days from 0 to \d+, or of hours such as 6h; the link says “-3”\.$/,
      ),
      expect.stringMatching(
        /^H \(the crisis horizon\) must be a whole number of days from \d+ to \d+, or of hours such as 6h; the link says “abc”\.$/,
      ),
      'size must be a4-landscape or a4-portrait; the link says “a3”.',
      'round must be 0 or 5; the link says “7”.',
      'view must be frequency or time; the link says “map”.',
      'crisis must be yes or no; the link says “maybe”.',
    ]);
  });

  it('has no way to turn suppression off', () => {
    const link = parseEmbedHash('#/embed?W=28&H=365&suppress=0&suppress=no&no-suppress=1');
    expect(Object.keys(link)).not.toContain('suppress');
    expect(JSON.stringify(link)).not.toContain('suppress');
  });

  it('limits the title', () => {
    expect(parseEmbedHash(`#/embed?title=${'x'.repeat(500)}`).title).toHaveLength(200);
  });

  it('writes a hash that reads back the same', () => {
    const link: EmbedLink = {
      parameters: { windowDays: 7 as Days, horizonDays: 90 as Days },
      size: 'a4-landscape',
      title: 'Q3 & Q4: “crisis” <admissions>',
      roundTo: 5,
      filters: {
        concerns: ['self_harm'],
        attributes: { sex: ['F', 'M'] },
        reachedCrisis: null,
        withMissedPoints: true,
      },
      view: 'frequency',
    };
    const hash = embedHash(link);
    expect(hash.startsWith('#/embed?W=7&H=90&size=a4-landscape&round=5')).toBe(true);
    expect(hash).not.toMatch(/[<>"\s]/);
    expect(parseEmbedHash(hash)).toEqual(link);
    const plain = embedHash({ ...link, title: undefined, roundTo: 0, filters: NO_FILTERS });
    expect(plain).toBe('#/embed?W=7&H=90&size=a4-landscape');
  });

  it('turns the filters into the core filter', () => {
    expect(journeyFilter(NO_FILTERS)).toEqual({
      concerns: undefined,
      attributes: undefined,
      reachedCrisis: undefined,
      withMissedPoints: undefined,
    });
    expect(hasFilters(NO_FILTERS)).toBe(false);
    const f = { ...NO_FILTERS, reachedCrisis: false };
    expect(journeyFilter(f).reachedCrisis).toBe(false);
    expect(hasFilters(f)).toBe(true);
  });
});
