import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import { missedRates, type MissedRate } from '../../core/analysis/missedRates.ts';

export interface CountByName {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/** Missed points by service, labelled: worst rate first when there are rates (`missedRates`), else most first. */
export function missedByService(
  pathway: Pathway,
  summary: CohortSummary,
): (CountByName & { readonly rate?: MissedRate | undefined })[] {
  const rates = missedRates(pathway, summary).filter((r) => r.missed > 0);
  const label = (id: string) => pathway.services.find((s) => s.id === id)?.label ?? id;
  const rated = rates.map((r) => ({ key: r.service, label: label(r.service), count: r.missed, rate: r }));
  const seen = new Set(rated.map((r) => r.key));
  // Missed points at a service with no rate (no concerns counted: an aggregate overlay) follow, most first.
  const rest = pathway.services
    .filter((s) => !seen.has(s.id))
    .map((s) => ({ key: s.id, label: s.label, count: summary.missedPointsByService[s.id] ?? 0 }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return [...rated, ...rest];
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
