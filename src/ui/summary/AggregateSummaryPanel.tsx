import type { ReactNode } from 'react';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import { disclose } from '../../core/disclosure/disclose.ts';
import { disclosureNote, type DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { daysText } from '../common/format.ts';
import { SyntheticNotice } from '../common/SyntheticNotice.tsx';
import { MissedMark } from '../journeys/MissedMark.tsx';
import './summary.css';

export interface AggregateSummaryPanelProps {
  readonly summary: CohortSummary;
  readonly pathway: Pathway;
  readonly parameters: { readonly windowDays: number; readonly horizonDays: number };
  readonly synthetic: boolean;
  readonly disclosure: DisclosureSettings;
  /** Journeys with a lead time (the median rests on them), when the overlay says. */
  readonly leadTimeJourneys?: number | undefined;
}

function Figure({ value, children }: { value: string; children: ReactNode }): ReactNode {
  return (
    <p className="summary-figure">
      <span className="summary-number__value">{value}</span>{' '}
      <span className="summary-number__label">{children}</span>
    </p>
  );
}

/**
 * The numbers of an aggregate overlay (CONTRACT §8): what the warehouse computed, under disclosure
 * control as every publishable output. An overlay holds no journey, so no number lists journeys behind
 * it (the cohort panel's numbers are buttons; these are text). Props only.
 */
export function AggregateSummaryPanel(props: AggregateSummaryPanelProps): ReactNode {
  const { summary, pathway, disclosure } = props;
  const d = disclose(summary, disclosure, {
    services: pathway.services,
    leadTimeJourneys: props.leadTimeJourneys,
  });
  const label = new Map(pathway.services.map((s) => [s.id as string, s.label]));
  const missedAt = d.services.filter((s) => (summary.missedPointsByService[s.id] ?? 0) > 0);
  return (
    <section className="summary" aria-labelledby="aggregate-summary-title" data-testid="aggregate-summary">
      <h2 id="aggregate-summary-title" className="summary__title">
        The overlay in numbers
      </h2>
      {props.synthetic ? <SyntheticNotice /> : null}
      <p className="summary__hint">
        Totals computed where the data lives: this file has no journeys, so no number lists any.
      </p>
      <div className="summary__grid">
        <Figure value={d.journeys.text}>journeys</Figure>
        <Figure value={d.reachedCrisis.text}>reached crisis</Figure>
        <Figure value={d.journeysWithMissedPoints.text}>journeys with missed points</Figure>
      </div>
      <h3 className="summary__subtitle">
        <MissedMark className="summary__mark" /> {d.missedPoints.text} missed early-intervention{' '}
        {summary.missedPoints === 1 ? 'point' : 'points'}
      </h3>
      <p className="summary__rule">
        A concern at an early-intervention service, no response within W = {props.parameters.windowDays} days,
        then crisis within H = {props.parameters.horizonDays} days (the overlay’s own W and H).
      </p>
      {missedAt.length === 0 ? (
        <p className="summary__empty">None.</p>
      ) : (
        <>
          <h4 className="summary__by">By service</h4>
          <ul className="summary__list">
            {missedAt.map((s) => (
              <li key={s.id}>
                <Figure value={s.missedPoints.text}>{label.get(s.id) ?? s.id}</Figure>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="summary__subtitle">Time</h3>
      <Figure value={d.medianLeadTimeDays === null ? 'not shown' : daysText(d.medianLeadTimeDays)}>
        median lead time, first concern to crisis
        {d.medianLeadTimeDays === null
          ? ' (fewer than 5 journeys have one, or the overlay does not say)'
          : ''}
      </Figure>
      {d.targets.map((t) => (
        <div key={t.service} className="summary__target">
          <h4 className="summary__by">
            {label.get(t.service) ?? t.service}: {t.label.charAt(0).toLowerCase() + t.label.slice(1)}
          </h4>
          <Figure value={`${t.withinTarget.text} of ${t.referrals.text}`}>
            referrals within {t.hours} hours
          </Figure>
        </div>
      ))}
      <p className="summary__rule">{disclosureNote(disclosure, d.containsSmallCounts)}</p>
    </section>
  );
}
