import { csvCell } from '../csvCell.ts';
import {
  disclosureNote,
  SMALL_COUNT_LIMIT,
  type DisclosureSettings,
} from '../disclosure/disclosureSettings.ts';
import { disclose, type DisclosedSummary } from '../disclosure/disclose.ts';
import { discloseCount, isSmallCount, type DisclosedCount } from '../disclosure/suppressCount.ts';
import type { Pathway } from '../pathway/types.ts';
import type { Comparison, Difference } from './compareGroups.ts';
import type { GroupDetail } from './groupFigures.ts';
import { METHODS } from './compareGroups.ts';

/** One cell of a group: what to print, and the number behind it when it may be shown. */
interface Shown {
  readonly text: string | number;
  readonly shown: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A share (%) or rate that may be shown only when the counts it rests on are. */
function derived(value: number, counts: readonly DisclosedCount[]): Shown {
  if (counts.some((c) => c.suppressed)) return { text: 'not shown (<5)', shown: false };
  return Number.isFinite(value) ? { text: round1(value), shown: true } : { text: '', shown: false };
}

interface Row {
  readonly measure: string;
  readonly cells: readonly Shown[];
  /** The difference of each later group from the first (absent for plain counts). */
  readonly differences?: readonly Difference[];
  /** Multiplies a difference for display (shares are printed in percentage points). */
  readonly scale?: number;
}

/**
 * The comparison as a table for board papers (CONTRACT §7 figures side by side), with disclosure control
 * on every group as in every other output (`disclose`): counts from 1 to 4 read "<5", a part whose
 * remainder is 1 to 4 reads "all but <5", a count that would give a "<5" away by subtraction reads "≥5", and
 * a share, rate, median or difference that rests on such a count is not shown. Differences are each
 * later group minus the first, with 95% intervals; a note says when one is not a finding.
 */
export function comparisonCsv(c: Comparison, pathway: Pathway, settings: DisclosureSettings): string {
  const groups = c.groups;
  const rows: Row[] = [];
  let small = false;
  const cell = (d: DisclosedCount): Shown => ({ text: d.text, shown: !d.suppressed });
  const each = <T>(f: (g: GroupDetail) => T) => groups.map(f);
  // Each group's counts through the one disclosure control of every output, secondary suppression
  // included: a group's missed points by service and in all cannot give a "<5" away.
  const disclosed = each((g) => {
    small ||= isSmallCount(g.figures.journeys);
    return disclose(g.summary, settings, { services: pathway.services });
  });
  for (const d of disclosed) small ||= d.containsSmallCounts;
  const journeys = disclosed.map((d) => d.journeys);
  rows.push({ measure: 'Journeys', cells: journeys.map(cell) });
  rows.push({ measure: 'Events', cells: disclosed.map((d) => cell(d.events)) });
  const shareRows = (
    measure: string,
    part: (g: GroupDetail) => number,
    shown: (d: DisclosedSummary) => DisclosedCount,
    diff: (i: number) => Difference | undefined,
  ) => {
    const parts = disclosed.map(shown);
    rows.push({ measure, cells: parts.map(cell) });
    rows.push({
      measure: `${measure} (% of journeys)`,
      cells: groups.map((g, i) =>
        derived((100 * part(g)) / g.figures.journeys, [
          parts[i] as DisclosedCount,
          journeys[i] as DisclosedCount,
        ]),
      ),
      differences: c.differences.map((_, k) => diff(k) as Difference),
      scale: 100,
    });
  };
  shareRows(
    'Journeys that reached crisis',
    (g) => g.figures.reachedCrisis,
    (d) => d.reachedCrisis,
    (k) => c.differences[k]?.reachedCrisisShare,
  );
  shareRows(
    'Journeys with missed early-intervention points',
    (g) => g.figures.journeysWithMissedPoints,
    (d) => d.journeysWithMissedPoints,
    (k) => c.differences[k]?.journeysWithMissedPointsShare,
  );
  const missed = disclosed.map((d) => d.missedPoints);
  rows.push({ measure: 'Missed early-intervention points', cells: missed.map(cell) });
  rows.push({
    measure: 'Missed points per 100 journeys',
    cells: groups.map((g, i) =>
      derived((100 * g.figures.missedPoints) / g.figures.journeys, [
        missed[i] as DisclosedCount,
        journeys[i] as DisclosedCount,
      ]),
    ),
    differences: c.differences.map((d) => d.missedPointsPer100Journeys),
  });
  const services = pathway.services.filter((s) =>
    groups.some((g) => (g.figures.missedPointsByService[s.id] ?? 0) > 0),
  );
  for (const s of services) {
    const at = disclosed.map(
      (d) => d.services.find((x) => x.id === s.id)?.missedPoints ?? discloseCount(0, settings),
    );
    rows.push({ measure: `Missed points at ${s.label}`, cells: at.map(cell) });
    rows.push({
      measure: `Missed points at ${s.label} per 100 journeys`,
      cells: groups.map((g, i) =>
        derived((100 * (g.figures.missedPointsByService[s.id] ?? 0)) / g.figures.journeys, [
          at[i] as DisclosedCount,
          journeys[i] as DisclosedCount,
        ]),
      ),
      differences: c.differences.map((d) => d.missedPointsPer100JourneysByService[s.id] as Difference),
    });
  }
  rows.push({
    measure: 'Median lead time, first concern to first crisis (days)',
    cells: groups.map((g) => {
      const median = g.figures.leadTimeMedianDays;
      if (settings.suppress && g.leadTimes.length < SMALL_COUNT_LIMIT)
        return {
          text: `not shown (${g.leadTimes.length === 0 ? 'no' : 'fewer than 5'} journeys with a lead time)`,
          shown: false,
        };
      return median === null ? { text: '', shown: false } : { text: round1(median), shown: true };
    }),
    differences: c.differences.map((d) => d.leadTimeMedianDays),
  });

  const later = groups.slice(1).map((g) => g.figures.label);
  const first = groups[0]?.figures.label ?? '';
  const header = [
    'measure',
    ...groups.map((g) => g.figures.label),
    ...later.flatMap((l) => [`${l} minus ${first}`, '95% interval low', '95% interval high']),
    'note',
  ];
  const lines: (string | number)[][] = [header];
  for (const r of rows) {
    const out: (string | number)[] = [r.measure, ...r.cells.map((x) => x.text)];
    const notes: string[] = [];
    later.forEach((_, k) => {
      const d = r.differences?.[k];
      if (!d) return out.push('', '', '');
      const both = (r.cells[0]?.shown ?? false) && (r.cells[k + 1]?.shown ?? false);
      if (!both) {
        notes.push(`${later[k] ?? ''}: difference not shown, it rests on a count below 5`);
        return out.push('', '', '');
      }
      const scale = r.scale ?? 1;
      const fmt = (x: number) => (Number.isFinite(x) ? round1(x * scale) : '');
      if (!d.finding && d.note) notes.push(`${later[k] ?? ''}: ${d.note}`);
      return out.push(fmt(d.value), fmt(d.low), fmt(d.high));
    });
    lines.push([...out, notes.join(' ')]);
  }
  const note = (text: string) => lines.push([`note: ${text}`]);
  note(
    disclosureNote(
      settings,
      small,
      disclosed.some((d) => d.secondarySuppressed > 0),
    ),
  );
  note(
    `95% intervals. Shares: ${METHODS.share.text}. Rates: ${METHODS.per100.text}. Medians: ${METHODS.median.text}. Differences of shares are in percentage points.`,
  );
  note(
    `A difference that rests on fewer than ${SMALL_COUNT_LIMIT} journeys in either group is not a finding.`,
  );
  if (c.split.kind !== 'files' && journeys.some((j) => j.suppressed))
    note(
      'The groups add up to one cohort and a group has fewer than 5 journeys: do not publish the cohort’s total beside this table, or that group’s size could be worked out.',
    );
  note(
    c.split.kind === 'date'
      ? `Each journey is in the group of the date of its first event (split date ${c.split.value}).`
      : c.split.kind === 'column'
        ? `Each journey is in the group of its ${c.split.value} on its first event.`
        : `Each group is the journeys of one file: ${c.split.value.join(', ')}.`,
  );
  return `${lines.map((l) => l.map((x) => csvCell(x)).join(',')).join('\n')}\n`;
}
