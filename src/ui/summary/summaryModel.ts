import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';

export interface CountByName {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/** Missed points by service, most first, labelled. */
export function missedByService(pathway: Pathway, summary: CohortSummary): CountByName[] {
  return pathway.services
    .map((s) => ({ key: s.id, label: s.label, count: summary.missedPointsByService[s.id] ?? 0 }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Missed points by agency (the sum over each agency's services), most first. */
export function missedByAgency(pathway: Pathway, summary: CohortSummary): CountByName[] {
  const by = new Map<string, number>();
  for (const s of pathway.services) {
    const n = summary.missedPointsByService[s.id] ?? 0;
    if (n > 0) by.set(s.agency, (by.get(s.agency) ?? 0) + n);
  }
  return [...by]
    .map(([agency, count]) => ({ key: agency, label: agency, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** True when two foci name the same journeys. */
export function sameFocus(a: JourneyFocus | null, b: JourneyFocus | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A focus in words, for the journey list's heading: "with missed points at School". */
export function focusText(focus: JourneyFocus, pathway: Pathway): string {
  const label = (id: string) => pathway.services.find((s) => s.id === id)?.label ?? id;
  switch (focus.kind) {
    case 'crisis':
      return focus.reached ? 'that reached crisis' : 'that did not reach crisis';
    case 'missed':
      return 'with missed early-intervention points';
    case 'missedAt':
      return `with missed points at ${label(focus.service)}`;
    case 'missedByAgency':
      return `with missed points at ${focus.agency}`;
    case 'leadTime':
      return 'with a lead time (first concern, then crisis)';
    case 'target': {
      const what =
        focus.met === null
          ? 'referred to'
          : focus.met
            ? 'assessed within target at'
            : 'not assessed within target at';
      return `${what} ${label(focus.service)}`;
    }
    case 'variant':
      return `that took the route ${focus.services.map(label).join(' → ')}`;
  }
}
