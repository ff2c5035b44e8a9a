import { useMemo } from 'react';
import type { CohortComparison } from '../../core/compare/compareCohort.ts';
import { compareTable, type CompareTable } from '../../core/compare/compareTable.ts';
import type { GroupDetail } from '../../core/compare/groupFigures.ts';
import { mapDifference, type MapDifference } from '../../core/compare/mapDifferences.ts';
import { DEFAULT_DISCLOSURE, disclosureNote } from '../../core/disclosure/disclosureSettings.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { isoDayText } from '../common/dates.ts';
import { useCompareData } from '../data/CohortData.tsx';
import { useView } from '../state/ViewStore.tsx';

/** The comparison on screen: disclosure control as in every publishable output (counts 1–4 read "<5"). */
export const SCREEN_DISCLOSURE = DEFAULT_DISCLOSURE;

export interface ComparisonView {
  readonly result: CohortComparison;
  /** The group set against the first (clamped to the groups there are). */
  readonly group: number;
  readonly pair: readonly [GroupDetail, GroupDetail];
  readonly table: CompareTable;
  readonly difference: MapDifference;
  readonly splitWords: string;
  readonly disclosureNote: string;
}

/** How the groups of a comparison were made, in words. */
export function splitWords(result: CohortComparison): string {
  const split = result.comparison.split;
  if (split.kind === 'date')
    return `Each journey is in the group of the date of its first event: before ${isoDayText(split.value)}, or from that day on.`;
  if (split.kind === 'column')
    return `Each journey is in the group of its ${split.value} on its first event.`;
  return `Each group is the journeys of one file: ${split.value.join(' and ')}.`;
}

/**
 * The comparison the screen shows, and what its parts draw (the table, the difference map), computed
 * once per comparison and group: the comparison maps, the summary and the export read the same.
 */
export function useComparison(pathway: Pathway): ComparisonView | null {
  const result = useCompareData((d) => d.result, null);
  const wanted = useView((v) => v.compareGroup);
  return useMemo(() => {
    if (!result) return null;
    const groups = result.comparison.groups;
    if (groups.length < 2) return null;
    const group = Math.min(Math.max(1, wanted), groups.length - 1);
    const table = compareTable(result.comparison, pathway, SCREEN_DISCLOSURE, group);
    return {
      result,
      group,
      pair: [groups[0] as GroupDetail, groups[group] as GroupDetail],
      table,
      difference: mapDifference(result.comparison, pathway, SCREEN_DISCLOSURE, group),
      splitWords: splitWords(result),
      disclosureNote: disclosureNote(SCREEN_DISCLOSURE, table.containsSmallCounts),
    };
  }, [result, wanted, pathway]);
}
