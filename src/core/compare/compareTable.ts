import { disclose, type DisclosedSummary } from '../disclosure/disclose.ts';
import { SMALL_COUNT_LIMIT, type DisclosureSettings } from '../disclosure/disclosureSettings.ts';
import { discloseCount, type DisclosedCount } from '../disclosure/suppressCount.ts';
import type { Pathway } from '../pathway/types.ts';
import { changeOf, type Change } from './change.ts';
import type { Comparison, Difference } from './compareGroups.ts';
import type { GroupDetail } from './groupFigures.ts';

/** What a row measures, and so how its values and its change read. */
export type CompareUnit = 'count' | 'share' | 'per100' | 'days';

/** One measure of two groups side by side, and the change from the first to the second. */
export interface CompareRow {
  /** A stable key: `journeys`, `crisis`, `withMissed`, `missed`, `missedAt:<service>`, `leadTime`. */
  readonly key: string;
  readonly measure: string;
  readonly unit: CompareUnit;
  /** The count each group has (for shares and rates: the count it rests on), with disclosure control. */
  readonly counts: readonly [DisclosedCount, DisclosedCount];
  /** The change (shares in percentage points); absent for plain counts. */
  readonly change?: Change | undefined;
}

/** Two groups of a comparison as a table, with disclosure control on every group. */
export interface CompareTable {
  readonly labels: readonly [string, string];
  readonly rows: readonly CompareRow[];
  /** Either group has fewer than 5 journeys: no difference is a finding. */
  readonly small: boolean;
  /** A raw count from 1 to 4 is behind the table (what the disclosure note says). */
  readonly containsSmallCounts: boolean;
}

const disclosed = (g: GroupDetail, pathway: Pathway, settings: DisclosureSettings): DisclosedSummary =>
  disclose(g.summary, settings, {
    serviceIds: pathway.services.map((s) => s.id),
    leadTimeJourneys: g.leadTimes.length,
  });

/**
 * The first group and group `to` of a comparison as rows: journeys; the shares that reached crisis and
 * that had missed points (changes in percentage points, Newcombe's interval); missed points per 100
 * journeys, in all and at each service with any (Welch); the median lead time (McKean–Schrader). Every
 * count goes through `disclose` (one disclosure control for every output), and a change that rests on a
 * hidden count is hidden with it; one that rests on fewer than 5 journeys in a group is not a finding.
 */
export function compareTable(
  comparison: Comparison,
  pathway: Pathway,
  settings: DisclosureSettings,
  to = 1,
): CompareTable {
  const a = comparison.groups[0] as GroupDetail;
  const b = comparison.groups[to] as GroupDetail;
  const diff = comparison.differences[to - 1];
  const da = disclosed(a, pathway, settings);
  const db = disclosed(b, pathway, settings);
  const n = [a.figures.journeys, b.figures.journeys] as const;
  const sizes = [da.journeys, db.journeys] as const;
  const enough = n.every((x) => x >= SMALL_COUNT_LIMIT);
  const rows: CompareRow[] = [{ key: 'journeys', measure: 'Journeys', unit: 'count', counts: sizes }];
  const rate = (
    key: string,
    measure: string,
    unit: 'share' | 'per100',
    raw: readonly [number, number],
    counts: readonly [DisclosedCount, DisclosedCount],
    d: Difference | undefined,
  ) => {
    const scale = unit === 'share' ? 100 : 1;
    rows.push({
      key,
      measure,
      unit,
      counts,
      change: d
        ? changeOf({
            shown: [...counts, ...sizes],
            counts,
            sizes,
            values: [(100 * raw[0]) / n[0], (100 * raw[1]) / n[1]],
            estimate: { value: d.value * scale, low: d.low * scale, high: d.high * scale },
            finding: d.finding && enough,
          })
        : undefined,
    });
  };
  rate(
    'crisis',
    'Reached crisis',
    'share',
    [a.figures.reachedCrisis, b.figures.reachedCrisis],
    [da.reachedCrisis, db.reachedCrisis],
    diff?.reachedCrisisShare,
  );
  rate(
    'withMissed',
    'Journeys with missed points',
    'share',
    [a.figures.journeysWithMissedPoints, b.figures.journeysWithMissedPoints],
    [da.journeysWithMissedPoints, db.journeysWithMissedPoints],
    diff?.journeysWithMissedPointsShare,
  );
  rate(
    'missed',
    'Missed points per 100 journeys',
    'per100',
    [a.figures.missedPoints, b.figures.missedPoints],
    [da.missedPoints, db.missedPoints],
    diff?.missedPointsPer100Journeys,
  );
  const zero = discloseCount(0, settings);
  for (const s of pathway.services) {
    const raw = [
      a.summary.missedPointsByService[s.id] ?? 0,
      b.summary.missedPointsByService[s.id] ?? 0,
    ] as const;
    if (raw[0] === 0 && raw[1] === 0) continue;
    const at = (d: DisclosedSummary) => d.services.find((x) => x.id === s.id)?.missedPoints ?? zero;
    rate(
      `missedAt:${s.id}`,
      `… at ${s.label}`,
      'per100',
      raw,
      [at(da), at(db)],
      diff?.missedPointsPer100JourneysByService[s.id],
    );
  }
  const leads = [a.leadTimes.length, b.leadTimes.length] as const;
  const leadCounts = [discloseCount(leads[0], settings), discloseCount(leads[1], settings)] as const;
  const medians = [da.medianLeadTimeDays, db.medianLeadTimeDays] as const;
  const lead = diff?.leadTimeMedianDays;
  rows.push({
    key: 'leadTime',
    measure: 'Median lead time, first concern to crisis',
    unit: 'days',
    counts: leadCounts,
    change: lead
      ? changeOf({
          // A median over fewer than 5 journeys is theirs: hidden when either median is.
          shown:
            settings.suppress && (medians[0] === null || medians[1] === null)
              ? [{ text: '<5', value: null, suppressed: true }]
              : [...sizes],
          counts: leadCounts,
          sizes,
          values: [a.figures.leadTimeMedianDays ?? NaN, b.figures.leadTimeMedianDays ?? NaN],
          estimate: lead,
          finding: lead.finding,
          classed: false,
        })
      : undefined,
  });
  return {
    labels: [a.figures.label, b.figures.label],
    rows,
    small: !enough,
    containsSmallCounts: da.containsSmallCounts || db.containsSmallCounts,
  };
}
