import type { Change } from '../../core/compare/mapDifferences.ts';
import { signed, signMark } from '../../core/compare/differenceScale.ts';

/** The unit of a change: percentage points of journeys, or missed points per 100 journeys. */
export type ChangeUnit = 'points' | 'per100' | 'days';

const UNIT_SHORT: Record<ChangeUnit, string> = { points: 'pts', per100: 'per 100', days: 'days' };
const UNIT_WORDS: Record<ChangeUnit, string> = {
  points: 'percentage points',
  per100: 'per 100 journeys',
  days: 'days',
};

/** A change as a map shows it in a box or on a line: "▲ +20 pts", "not a finding", "<5". */
export function changeShort(c: Change, unit: ChangeUnit): string {
  if (c.state === 'hidden' || !c.change) return 'hidden (<5)';
  if (c.state === 'small') return 'not a finding';
  const v = c.change.value;
  return `${signMark(v)} ${signed(v)} ${UNIT_SHORT[unit]}`;
}

/** The 95% interval in words: "95% interval −31 to +60". */
export function intervalWords(c: Change): string {
  if (!c.change || !Number.isFinite(c.change.low) || !Number.isFinite(c.change.high))
    return 'no interval (a group is too small)';
  return `95% interval ${signed(c.change.low)} to ${signed(c.change.high)}`;
}

/**
 * A change in words, for accessible names, tooltips and tables: "20 percentage points more (95% interval
 * −31 to +60: it could be no change)", "not a finding: a group has fewer than 5 journeys".
 */
export function changeWords(c: Change, unit: ChangeUnit): string {
  if (c.state === 'hidden' || !c.change) return 'not shown: it rests on a count below 5 (disclosure control)';
  const v = c.change.value;
  const size = `${Math.abs(Number(v.toFixed(0)))} ${UNIT_WORDS[unit]}`;
  const more = unit === 'days' ? 'longer' : 'more';
  const fewer = unit === 'days' ? 'shorter' : 'fewer';
  const what = Number(v.toFixed(0)) === 0 ? 'no change' : `${size} ${v > 0 ? more : fewer}`;
  const interval = `${intervalWords(c)}${c.includesZero ? ': it could be no change' : ''}`;
  if (c.state === 'small') return `${what} (${interval}); not a finding: a group has fewer than 5 journeys`;
  return `${what} (${interval})`;
}

/** A share, rate or median of one group: "60%", "120 per 100", "169 days"; "not shown" when hidden. */
export function valueText(value: number | null, unit: ChangeUnit): string {
  if (value === null || !Number.isFinite(value)) return 'not shown';
  const r = Math.round(value);
  return unit === 'points'
    ? `${String(r)}%`
    : unit === 'per100'
      ? `${String(r)} per 100`
      : `${String(r)} days`;
}
