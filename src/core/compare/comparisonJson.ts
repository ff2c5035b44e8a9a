import { SMALL_COUNT_LIMIT } from '../disclosure/disclosureSettings.ts';
import { METHODS, type Comparison, type Difference } from './compareGroups.ts';
import type { GroupDetail } from './groupFigures.ts';
import { wilsonInterval, type Estimate } from '../stats/intervals.ts';

/** Numbers in the document: 4 decimals, and null for what cannot be computed. */
function num(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : null;
}

function estimate(e: Estimate) {
  return { value: num(e.value), low: num(e.low), high: num(e.high) };
}

function differenceJson(d: Difference) {
  return { ...estimate(d), method: d.method, finding: d.finding, ...(d.note ? { note: d.note } : {}) };
}

function groupJson(g: GroupDetail) {
  const f = g.figures;
  return {
    // The CONTRACT §7 fields first, exactly as `analyse` gives them for the group alone.
    label: f.label,
    journeys: f.journeys,
    events: f.events,
    reachedCrisis: f.reachedCrisis,
    missedPoints: f.missedPoints,
    missedPointsByService: f.missedPointsByService,
    journeysWithMissedPoints: f.journeysWithMissedPoints,
    leadTimeMedianDays: f.leadTimeMedianDays,
    // Derived figures, with 95% Wilson intervals for the shares.
    missedPointsPer100Journeys: num(f.journeys > 0 ? (100 * f.missedPoints) / f.journeys : NaN),
    journeysWithMissedPointsShare: estimate(wilsonInterval(f.journeysWithMissedPoints, f.journeys)),
    reachedCrisisShare: estimate(wilsonInterval(f.reachedCrisis, f.journeys)),
    leadTimeJourneys: g.leadTimes.length,
  };
}

/** The CONTRACT §7 document, with each group's derived figures and the differences from the first group. */
export function comparisonDocument(c: Comparison) {
  return {
    pathway: c.pathway,
    parameters: { windowDays: c.parameters.windowDays, horizonDays: c.parameters.horizonDays },
    split: c.split,
    groups: c.groups.map(groupJson),
    differences: c.differences.map((d) => ({
      from: d.from,
      to: d.to,
      journeysWithMissedPointsShare: differenceJson(d.journeysWithMissedPointsShare),
      reachedCrisisShare: differenceJson(d.reachedCrisisShare),
      missedPointsPer100Journeys: differenceJson(d.missedPointsPer100Journeys),
      missedPointsPer100JourneysByService: Object.fromEntries(
        Object.entries(d.missedPointsPer100JourneysByService).map(([s, x]) => [s, differenceJson(x)]),
      ),
      leadTimeMedianDays: differenceJson(d.leadTimeMedianDays),
    })),
    notes: {
      intervals: `95% intervals; each difference is the group minus the first group. ${Object.values(METHODS)
        .map((m) => `${m.id}: ${m.text}`)
        .join('. ')}. The shares of each group: Wilson score intervals.`,
      findings: `A difference that rests on fewer than ${SMALL_COUNT_LIMIT} journeys in either group has finding: false and must not be reported as a finding.`,
      disclosure:
        'These are raw counts for scripts, as analyse prints. For publication use --format csv, whose table applies disclosure control (counts from 1 to 4 shown as <5).',
    },
  };
}
