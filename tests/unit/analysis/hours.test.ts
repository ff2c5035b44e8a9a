import { describe, expect, it } from 'vitest';
import { parametersJson } from '../../../src/core/analysis/analysisReport.ts';
import {
  checkParameters,
  durationText,
  parseDuration,
  type RuleParameters,
} from '../../../src/core/analysis/parameters.ts';
import type { Days } from '../../../src/core/pathway/types.ts';
import { coventryFigure } from '../figure/figureFixtures.ts';
import { svgTextRuns } from '../figure/svgText.ts';

const inHours: RuleParameters = {
  windowDays: 0.25 as Days,
  horizonDays: 3 as Days,
  windowUnit: 'hours',
  horizonUnit: 'hours',
};

describe('W and H in hours as well as days', () => {
  it('reads whole days (the default unit) and whole hours', () => {
    expect(parseDuration('28')).toEqual({ days: 28, unit: 'days' });
    expect(parseDuration('28d')).toEqual({ days: 28, unit: 'days' });
    expect(parseDuration(' 6h ')).toEqual({ days: 0.25, unit: 'hours' });
    expect(parseDuration('72 hours')).toEqual({ days: 3, unit: 'hours' });
    for (const bad of ['1.5', '6m', '-3', 'h', '']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('checks hours against the same limits, with H down to an hour', () => {
    expect(checkParameters(inHours)).toBeUndefined();
    expect(checkParameters({ ...inHours, horizonDays: 1 / 24 })).toBeUndefined();
    expect(checkParameters({ ...inHours, windowDays: 366 })).toMatch(
      /^window must be a whole number of hours from 0 to 8760/,
    );
    expect(checkParameters({ windowDays: 0.25, horizonDays: 365 })).toBe(
      'window must be a whole number of days from 0 to 365, not 0.25.',
    );
  });

  it('says durations in the unit they were given in', () => {
    expect(durationText(28)).toBe('28 days');
    expect(durationText(1)).toBe('1 day');
    expect(durationText(0.25, 'hours')).toBe('6 hours');
    expect(durationText(1 / 24, 'hours')).toBe('1 hour');
  });

  it('writes days in reports, and hours beside them when given in hours (CONTRACT §4 stays compatible)', () => {
    expect(parametersJson({ windowDays: 28 as Days, horizonDays: 365 as Days })).toEqual({
      windowDays: 28,
      horizonDays: 365,
    });
    expect(parametersJson(inHours)).toEqual({
      windowDays: 0.25,
      horizonDays: 3,
      windowHours: 6,
      horizonHours: 72,
    });
  });

  it('puts hours into the figure’s words', () => {
    const f = coventryFigure({ parameters: inHours });
    // The figure's paragraphs as read, their wrapped lines joined.
    const text = svgTextRuns(f.svg).join('\n');
    expect(text).toContain('no response within 6 hours, then a crisis within 72 hours');
    expect(text).toContain('Rule: W = 6 hours (response window), H = 72 hours (crisis horizon).');
    expect(f.altText).toContain('6 hours');
    expect(f.csv).toContain('W = 6 hours, H = 72 hours');
    expect(f.metadata.parameters).toEqual({
      windowDays: 0.25,
      horizonDays: 3,
      windowHours: 6,
      horizonHours: 72,
    });
  });
});
