import { horizonText, windowText, type RuleParameters } from '../../core/analysis/parameters.ts';
import { useId, type ReactNode } from 'react';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import { rateText, type MissedRate } from '../../core/analysis/missedRates.ts';
import { daysText, exactCount } from '../common/format.ts';
import { SyntheticNotice } from '../common/SyntheticNotice.tsx';
import { MissedMark } from '../journeys/MissedMark.tsx';
import { missedByAgency, missedByService, sameFocus } from './summaryModel.ts';
import './summary.css';

export interface SummaryPanelProps {
  readonly summary: CohortSummary;
  readonly pathway: Pathway;
  /** Journeys in the whole cohort (the summary counts the filtered ones). */
  readonly cohortJourneys: number;
  readonly synthetic: boolean;
  readonly parameters: RuleParameters;
  /** The list's current focus, shown as the pressed number. */
  readonly focus: JourneyFocus | null;
  /** Shows the journeys behind a number (null: all the filtered journeys). */
  readonly onFocus: (focus: JourneyFocus | null) => void;
}

function NumberButton(props: {
  focus: JourneyFocus | null;
  current: JourneyFocus | null;
  onFocus: (focus: JourneyFocus | null) => void;
  value: string;
  children: ReactNode;
  disabled?: boolean;
}): ReactNode {
  return (
    <button
      type="button"
      className="button summary-number"
      aria-pressed={sameFocus(props.focus, props.current)}
      disabled={props.disabled}
      onClick={() => {
        props.onFocus(props.focus);
      }}
    >
      <span className="summary-number__value">{props.value}</span>{' '}
      <span className="summary-number__label">{props.children}</span>
    </button>
  );
}

/**
 * Missed points by service or by agency: a number button each, listing the journeys behind it; with a
 * rate (by service), the rate is the number and the count, concerns and interval follow.
 */
function MissedList(props: {
  title: string;
  note?: ReactNode;
  items: readonly {
    readonly key: string;
    readonly label: string;
    readonly count: number;
    readonly rate?: MissedRate | undefined;
  }[];
  focusOf: (key: string) => JourneyFocus;
  current: JourneyFocus | null;
  onFocus: (focus: JourneyFocus | null) => void;
}): ReactNode {
  return (
    <div>
      <h4 className="summary__by">{props.title}</h4>
      {props.note}
      <ul className="summary__list">
        {props.items.map((x) => (
          <li key={x.key}>
            <NumberButton
              current={props.current}
              onFocus={props.onFocus}
              focus={props.focusOf(x.key)}
              value={x.rate ? rateText(x.rate.per100) : exactCount(x.count)}
            >
              {x.label}
              {x.rate ? (
                <span className="summary__rate">
                  {exactCount(x.count)} missed of {exactCount(x.rate.concerns)}{' '}
                  {x.rate.concerns === 1 ? 'concern' : 'concerns'} (95% interval {rateText(x.rate.low)} to{' '}
                  {rateText(x.rate.high)}){x.rate.rank === null ? '; too few concerns to rank' : ''}
                </span>
              ) : null}
            </NumberButton>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The cohort in numbers: journeys, crisis, missed points by service and by agency, median lead time and
 * the service targets (the acute liaison 48 hours). Every number is a button that shows the journeys
 * behind it in the journey list. Props only.
 */
export function SummaryPanel(props: SummaryPanelProps): ReactNode {
  const id = useId();
  const { summary, pathway, focus, onFocus } = props;
  const byService = missedByService(pathway, summary);
  const rated = byService.some((x) => x.rate !== undefined);
  const byAgency = missedByAgency(pathway, summary);
  const filtered = summary.journeys !== props.cohortJourneys;
  const common = { current: focus, onFocus };
  return (
    <section className="summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="summary__title">
        The cohort in numbers
      </h2>
      {props.synthetic ? <SyntheticNotice /> : null}
      <p className="summary__hint">Each number is a button: it lists the journeys behind it.</p>
      <div className="summary__grid">
        <NumberButton {...common} focus={null} value={exactCount(summary.journeys)}>
          {filtered ? `journeys of ${exactCount(props.cohortJourneys)} (filtered)` : 'journeys'}
        </NumberButton>
        <NumberButton
          {...common}
          focus={{ kind: 'crisis', reached: true }}
          value={exactCount(summary.reachedCrisis)}
        >
          reached crisis
        </NumberButton>
        <NumberButton
          {...common}
          focus={{ kind: 'missed' }}
          value={exactCount(summary.journeysWithMissedPoints)}
        >
          journeys with missed points
        </NumberButton>
      </div>

      <h3 className="summary__subtitle">
        <MissedMark className="summary__mark" /> {exactCount(summary.missedPoints)} missed early-intervention{' '}
        {summary.missedPoints === 1 ? 'point' : 'points'}
      </h3>
      <p className="summary__rule">
        A concern at an early-intervention service, no response within W = {windowText(props.parameters)},
        then crisis within H = {horizonText(props.parameters)}.
      </p>
      {byService.length === 0 ? (
        <p className="summary__empty">None under these filters and parameters.</p>
      ) : (
        <div className="summary__columns">
          <MissedList
            {...common}
            title={rated ? 'By service, worst rate first' : 'By service'}
            note={
              rated ? (
                <p className="summary__rule">
                  The rate is missed points per 100 concerns raised at the service (a row recording a concern
                  that is not itself a referral, assessment, intervention or admission), with its 95% Wilson
                  interval; rates on fewer than 5 concerns are not ranked.
                </p>
              ) : null
            }
            items={byService}
            focusOf={(key) => ({ kind: 'missedAt', service: key })}
          />
          <MissedList
            {...common}
            title="By agency"
            items={byAgency}
            focusOf={(key) => ({ kind: 'missedByAgency', agency: key })}
          />
        </div>
      )}

      <h3 className="summary__subtitle">Time</h3>
      <div className="summary__grid">
        <NumberButton
          {...common}
          focus={{ kind: 'leadTime' }}
          value={summary.medianLeadTimeDays === null ? '—' : daysText(summary.medianLeadTimeDays)}
          disabled={summary.medianLeadTimeDays === null}
        >
          median lead time, first concern to crisis
        </NumberButton>
      </div>
      {summary.targets.map((t) => {
        const service = pathway.services.find((s) => s.id === t.service);
        return (
          <div key={t.service} className="summary__target">
            <h4 className="summary__by">
              {service?.label ?? t.service}: {t.label.charAt(0).toLowerCase() + t.label.slice(1)}
            </h4>
            {t.referrals === 0 ? (
              <p className="summary__empty">No referrals under these filters.</p>
            ) : (
              <div className="summary__grid">
                <NumberButton
                  {...common}
                  focus={{ kind: 'target', service: t.service, met: true }}
                  value={exactCount(t.withinTarget)}
                >
                  <span aria-hidden="true">✓ </span>within {t.hours} hours
                </NumberButton>
                <NumberButton
                  {...common}
                  focus={{ kind: 'target', service: t.service, met: false }}
                  value={exactCount(t.referrals - t.withinTarget)}
                >
                  <span aria-hidden="true">✗ </span>not within {t.hours} hours
                </NumberButton>
                <NumberButton
                  {...common}
                  focus={{ kind: 'target', service: t.service, met: null }}
                  value={exactCount(t.referrals)}
                >
                  referrals in all
                </NumberButton>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
