import type { ReactNode } from 'react';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { DisclosedSummary } from '../../core/disclosure/disclose.ts';
import type { Service } from '../../core/pathway/types.ts';
import { daysText, exactCount, plural } from '../common/format.ts';

export interface ServiceNumbersProps {
  readonly service: Service;
  readonly summary: CohortSummary;
  /** An aggregate overlay's numbers under disclosure control; null: the loaded cohort's exact counts. */
  readonly disclosed: DisclosedSummary | null;
  /** Lists the journeys through the service; absent when the file has none (an aggregate overlay). */
  readonly onList?: (() => void) | undefined;
}

/** What `n` of something reads as: exact, or through disclosure control ("<5 journeys"). */
function count(exact: number, shown: string | undefined, one: string): string {
  return shown === undefined ? plural(exact, one) : `${shown} ${one}s`;
}

/**
 * The selected service's numbers in the loaded file: journeys through it, missed points, median wait and
 * its target. For an aggregate overlay the counts are disclosed ("<5") and no journey can be listed.
 */
export function ServiceNumbers({ service, summary: s, disclosed, onList }: ServiceNumbersProps): ReactNode {
  const id = service.id;
  const d = disclosed?.services.find((x) => x.id === id);
  const target = s.targets.find((t) => t.service === id);
  const dt = disclosed?.targets.find((t) => t.service === id);
  const missed = s.missedPointsByService[id] ?? 0;
  const wait = disclosed ? (d?.waitDays ?? undefined) : s.medianWaitDays[id];
  return (
    <section className="service-numbers" aria-label={`${service.label} in this cohort`}>
      <p>
        <strong>{count(s.serviceJourneys[id] ?? 0, d?.journeys.text, 'journey')}</strong> passed through here
        {missed ? (
          <>
            {' '}
            with <strong>{count(missed, d?.missedPoints.text, 'missed early-intervention point')}</strong>
          </>
        ) : null}
        .{wait !== undefined ? ` Median wait from referral to assessment: ${daysText(wait)}.` : ''}
        {target && target.referrals > 0
          ? ` ${target.label}: ${dt ? dt.withinTarget.text : exactCount(target.withinTarget)} of ${
              dt ? dt.referrals.text : exactCount(target.referrals)
            } referrals.`
          : ''}
      </p>
      {onList ? (
        <button type="button" className="button service-numbers__list" onClick={onList}>
          List the journeys through {service.label}
        </button>
      ) : (
        <p className="side__note" data-testid="no-journeys">
          This file is an aggregate overlay: it has no journeys to list. Counts from 1 to 4 read “&lt;5”
          (disclosure control).
        </p>
      )}
    </section>
  );
}
