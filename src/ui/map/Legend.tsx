import { durationText, type DurationUnit } from '../../core/analysis/parameters.ts';
import type { ReactNode } from 'react';
import type { Level } from '../../core/pathway/types.ts';
import { CRISIS, EARLY_INTERVENTION } from '../../core/pathway/types.ts';
import { shortCount } from '../common/format.ts';
import { TagBadge } from '../common/TagBadge.tsx';
import { moveColours } from './moveMarkers.ts';
import { moveWidthScale } from './overlayToFlow.ts';
import { MissedMarker } from './ServiceNode.tsx';
import './overlay.css';

/** What the legend needs to know of the overlay on the map, when a cohort is loaded. */
export interface LegendOverlay {
  readonly mode: 'frequency' | 'time';
  /** The most journeys on one move (the top of the width scale). */
  readonly maxJourneys: number;
  /** Off-pathway moves not drawn. */
  readonly hiddenOffPathway: number;
  readonly windowDays: number;
  readonly horizonDays: number;
  /** The units W and H were given in (default days). */
  readonly windowUnit?: DurationUnit | undefined;
  readonly horizonUnit?: DurationUnit | undefined;
  /** A journey's or variant's route is highlighted with step numbers. */
  readonly path: boolean;
  /** The markers give missed-point rates (the cohort's rows are loaded, not an aggregate overlay). */
  readonly rates?: boolean | undefined;
  /** What the simplification sliders hide, in words (`hiddenText`); none when nothing is hidden. */
  readonly hidden?: string | null | undefined;
}

const sampleRate = (per100: number, tier: 'worst' | 'high' | 'low') => ({
  service: 'sample',
  missed: 12,
  concerns: 32,
  per100,
  low: per100 - 10,
  high: per100 + 10,
  rank: 1,
  tier,
});

function Line(props: { width: number; colour: string; dashed?: boolean; faint?: boolean }): ReactNode {
  return (
    <svg className="legend__edge" viewBox="0 0 56 20" aria-hidden="true" focusable="false">
      <path
        d="M2 10H44"
        style={{
          stroke: props.colour,
          strokeWidth: props.width,
          ...(props.dashed ? { strokeDasharray: '7 4' } : {}),
          ...(props.faint ? { opacity: 0.9 } : {}),
        }}
      />
      <path d="M42 4 54 10 42 16Z" style={{ fill: props.colour, stroke: 'none' }} />
    </svg>
  );
}

function Widths({ max }: { max: number }): ReactNode {
  const width = moveWidthScale(max);
  const samples = [...new Set([1, Math.max(1, Math.round(max / 4)), Math.max(1, max)])];
  return (
    <span className="legend__widths" aria-hidden="true">
      {samples.map((n) => (
        <span key={n} className="legend__width">
          <svg viewBox="0 0 40 20" focusable="false">
            <path d="M2 10H38" style={{ stroke: moveColours.observed, strokeWidth: width(n) }} />
          </svg>
          <span>{shortCount(n)}</span>
        </span>
      ))}
    </span>
  );
}

function OverlayItems({ overlay }: { overlay: LegendOverlay }): ReactNode {
  return (
    <>
      {overlay.rates ? (
        <div className="legend__item legend__item--block">
          <dt className="legend__rates">
            <MissedMarker count={12} rate={sampleRate(38, 'worst')} />
            <MissedMarker count={40} rate={sampleRate(12, 'low')} />
          </dt>
          <dd>
            Missed early-intervention points at the service, as a rate: of the concerns raised there (rows
            recording a concern that were not themselves a referral, assessment, intervention or admission),
            the share with no response within W = {durationText(overlay.windowDays, overlay.windowUnit)} and a
            crisis within H = {durationText(overlay.horizonDays, overlay.horizonUnit)}; then how many. The
            worst rate has the strongest badge and a heavier border, rates near it are solid, lower rates are
            outlined. A rate on fewer than 5 concerns is not ranked. The Summary tab gives each rate&apos;s
            95% interval.
          </dd>
        </div>
      ) : (
        <div className="legend__item">
          <dt>
            <MissedMarker count={3} />
          </dt>
          <dd>
            Missed early-intervention points at the service: a concern recorded there, no response within W ={' '}
            {durationText(overlay.windowDays, overlay.windowUnit)}, then crisis within H ={' '}
            {durationText(overlay.horizonDays, overlay.horizonUnit)}.
          </dd>
        </div>
      )}
      {overlay.mode === 'frequency' ? (
        <div className="legend__item">
          <dt>
            <span className="legend__sample legend__sample--count">7 journeys</span>
          </dt>
          <dd>Journeys that passed through the service.</dd>
        </div>
      ) : (
        <>
          <div className="legend__item">
            <dt>
              <span className="legend__sample legend__sample--wait">wait 14 d</span>
            </dt>
            <dd>Median days from a referral to the service to its assessment there.</dd>
          </div>
          <div className="legend__item">
            <dt>
              <span className="target-chip">
                <span className="target-chip__hours">48 h:</span>{' '}
                <span className="target-chip__met">✓ 9</span> <span className="target-chip__missed">✗ 1</span>
              </span>
            </dt>
            <dd>
              A service target (e.g. assessed within 48 hours of referral): referrals that met it (✓) and did
              not (✗).
            </dd>
          </div>
        </>
      )}
      <div className="legend__item legend__item--block">
        <dt>
          <Widths max={overlay.maxJourneys} />
        </dt>
        <dd>
          A move children made along a pathway route; the wider the line, the more journeys (the number is on
          the busiest moves
          {overlay.mode === 'time' ? '; in the time view, the median days between the two services' : ''}).
        </dd>
      </div>
      {overlay.mode === 'time' ? (
        <div className="legend__item">
          <dt>
            <span className="route-label route-label--count legend__label">12 d</span>
          </dt>
          <dd>Median days between the two services of a move.</dd>
        </div>
      ) : null}
      <div className="legend__item">
        <dt>
          <Line width={1.25} colour={moveColours.unused} faint />
        </dt>
        <dd>A route of the pathway that no journey took.</dd>
      </div>
      <div className="legend__item">
        <dt>
          <Line width={3} colour={moveColours.off} dashed />
        </dt>
        <dd>
          A move the pathway does not have (off pathway), dashed and labelled{' '}
          <span className="move-label move-label--off legend__label">off pathway</span>.
          {overlay.hiddenOffPathway > 0
            ? ` The busiest are drawn; ${shortCount(overlay.hiddenOffPathway)} more are listed in the table view.`
            : ''}
        </dd>
      </div>
      {overlay.hidden ? (
        <div className="legend__item legend__item--block">
          <dt>Not drawn now</dt>
          <dd>{overlay.hidden}</dd>
        </div>
      ) : null}
      {overlay.path ? (
        <div className="legend__item">
          <dt>
            <span className="legend__step" aria-hidden="true">
              1
            </span>
            <Line width={5} colour={moveColours.step} />
          </dt>
          <dd>The highlighted journey or route, step by step: the numbers give the order.</dd>
        </div>
      ) : null}
    </>
  );
}

/** How to read the map: the cohort's marks (when one is loaded), the badges, the lanes and the edges. */
export function Legend({
  levels,
  overlay,
}: {
  levels: readonly Level[];
  overlay?: LegendOverlay | undefined;
}): ReactNode {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">How to read the map</h2>
      <dl className="legend__list">
        {overlay ? <OverlayItems overlay={overlay} /> : null}
        <div className="legend__item">
          <dt>
            <TagBadge tag={EARLY_INTERVENTION} />
          </dt>
          <dd>A service where an early concern can be acted on.</dd>
        </div>
        <div className="legend__item">
          <dt>
            <TagBadge tag={CRISIS} />
          </dt>
          <dd>Crisis care: a child reaching it is in crisis.</dd>
        </div>
        {overlay ? null : (
          <div className="legend__item">
            <dt>
              <svg className="legend__edge" viewBox="0 0 48 14" aria-hidden="true" focusable="false">
                <path d="M2 7H38" />
                <path className="legend__arrow" d="M36 2 46 7 36 12Z" />
              </svg>
              <span className="visually-hidden">Arrow</span>
            </dt>
            <dd>
              An expected route. Select a service to label its routes with how a child arrives, e.g.{' '}
              <em>referral</em>.
            </dd>
          </div>
        )}
        <div className="legend__item">
          <dt>
            <span className="legend__swatch legend__swatch--selected" aria-hidden="true" />
            <span className="visually-hidden">Thick outline</span>
          </dt>
          <dd>The selected service; its routes in and out are drawn bold and labelled.</dd>
        </div>
      </dl>
      <h3 className="legend__subtitle">Lanes: levels of need, left to right</h3>
      <ol className="legend__lanes">
        {levels.map((l, i) => (
          <li key={l.id}>
            <span className={`legend__swatch lane--${String(i % 5)}`} aria-hidden="true" />
            <span>
              <span className="legend__lane">{l.label}</span>
              {l.thrive ? <span className="legend__thrive">{l.thrive}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
