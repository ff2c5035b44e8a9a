import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { rateText } from '../../core/analysis/missedRates.ts';
import { shortCount, shortDays } from '../common/format.ts';
import { TagBadge } from '../common/TagBadge.tsx';
import { keyTags } from '../common/tags.ts';
import type { ServiceFlowNode, ServiceOverlay } from './flowTypes.ts';
import { handles, type HandleSpec } from './handles.ts';
import './overlay.css';

const positions = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
} as const;

function handleStyle(h: HandleSpec) {
  return h.side === 'left' || h.side === 'right' ? { top: `${String(h.at)}%` } : { left: `${String(h.at)}%` };
}

/** Connection points for edges only: the map is read, not edited, so they are not connectable. */
const Handles = memo(function Handles(): ReactNode {
  return Object.values(handles).map((h) => (
    <Handle
      key={h.id}
      id={h.id}
      type={h.type}
      position={positions[h.side]}
      isConnectable={false}
      className="service-node__handle"
      style={handleStyle(h)}
    />
  ));
});

/**
 * The missed-points marker: a warning-sign shape and the rate (missed points per 100 concerns raised
 * at the service) with the count after it, or the count alone when there is no rate (an aggregate
 * overlay). The worst rate is drawn strongest, those near it next, the rest in outline: the eye meets
 * the worst rate first, not the busiest service. Never colour alone: the numbers are written.
 */
export function MissedMarker({
  count,
  rate,
  label,
}: {
  count: number;
  rate?: ServiceOverlay['rate'];
  /** Words instead of the count (the trainer: "Missed at step 3"). */
  label?: string | undefined;
}): ReactNode {
  const icon = (
    <svg className="missed-marker__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M5 0.5h6L15.5 5v6L11 15.5H5L0.5 11V5Z" />
      <path className="missed-marker__mark" d="M7 3.5h2v5.5H7zM7 10.5h2v2H7z" />
    </svg>
  );
  if (!rate) {
    return (
      <span className="missed-marker">
        {icon}
        <span className="missed-marker__text">{label ?? `${shortCount(count)} missed`}</span>
      </span>
    );
  }
  return (
    <span className={`missed-rate missed-rate--${rate.tier}`}>
      <span className="missed-marker">
        {icon}
        <span className="missed-marker__text">{rateText(rate.per100)}</span>
      </span>
      <span className="missed-rate__count">{shortCount(count)} missed</span>
    </span>
  );
}

/** The 48-hour (or other) target of a service: met and not met, with a tick and a cross. */
function TargetChip({ target }: { target: NonNullable<ServiceOverlay['target']> }): ReactNode {
  const notMet = target.referrals - target.withinTarget;
  return (
    <span className="target-chip" title={target.label}>
      <span className="target-chip__hours">{target.hours} h:</span>{' '}
      <span className="target-chip__met">✓ {shortCount(target.withinTarget)}</span>{' '}
      <span className="target-chip__missed">✗ {shortCount(notMet)}</span>
    </span>
  );
}

function OverlayRow({ overlay }: { overlay: ServiceOverlay }): ReactNode {
  const wait = overlay.mode === 'time' ? overlay.waitDays : null;
  return (
    <div className="service-node__overlay">
      {wait !== null ? (
        <span className="service-node__wait">wait {shortDays(wait)}</span>
      ) : (
        <span className={overlay.journeys === 0 ? 'service-node__count is-zero' : 'service-node__count'}>
          {overlay.journeys === 0
            ? 'no journeys'
            : `${shortCount(overlay.journeys)} ${overlay.journeys === 1 ? 'journey' : 'journeys'}`}
        </span>
      )}
      {overlay.missed > 0 ? <MissedMarker count={overlay.missed} rate={overlay.rate} /> : null}
      {overlay.mode === 'time' && overlay.target && overlay.target.referrals > 0 ? (
        <TargetChip target={overlay.target} />
      ) : null}
    </div>
  );
}

/**
 * A service on the map: its name, agency and the badges of the two tags the analysis rests on (early
 * intervention, crisis); the side panel lists all tags. With a cohort loaded, a row shows the journeys
 * through it (or, in the time view, the median wait and the target) and the missed-points marker. React
 * Flow's node wrapper around it is the focusable element (Tab; Enter or Space selects) and carries the
 * accessible name from `pathwayToFlow` / `overlayToFlow`, which includes the numbers.
 */
export const ServiceNode = memo(function ServiceNode({
  data,
  selected,
}: NodeProps<ServiceFlowNode>): ReactNode {
  const classes = ['service-node'];
  if (data.earlyIntervention) classes.push('service-node--early');
  if (data.crisis) classes.push('service-node--crisis');
  if (data.overlay) classes.push('service-node--overlay');
  if (data.overlay?.missed) classes.push('has-missed');
  if (data.overlay?.rate?.tier === 'worst') classes.push('has-worst-rate');
  if (selected) classes.push('is-selected');
  if (data.related) classes.push('is-related');
  if (data.dimmed) classes.push('is-dimmed');
  if (data.steps) classes.push('is-on-path');
  const tags = data.earlyIntervention || data.crisis ? keyTags(data.tags) : [];
  return (
    <>
      <div className={classes.join(' ')} data-service={data.serviceId}>
        <Handles />
        {/* The name as the layout wrapped it, line by line: the box was made tall enough for all of it. */}
        <div className="service-node__label">
          {data.nameLines.map((line, i) => (
            <span key={i} className="service-node__line">
              {line}
            </span>
          ))}
        </div>
        {/* With a cohort, the numbers take the agency's line: the Service tab and the summary name it. */}
        {data.overlay ? null : data.missedNote ? (
          <div className="service-node__missed-note">
            <MissedMarker count={0} label={data.missedNote} />
          </div>
        ) : (
          <div className="service-node__agency">{data.agency}</div>
        )}
        {data.overlay ? (
          <>
            {tags.length > 0 ? (
              <div className="service-node__tags service-node__tags--compact">
                {tags.map((t) => (
                  <TagBadge key={t} tag={t} compact />
                ))}
              </div>
            ) : null}
            <OverlayRow overlay={data.overlay} />
          </>
        ) : tags.length > 0 ? (
          <div className="service-node__tags">
            {tags.map((t) => (
              <TagBadge key={t} tag={t} />
            ))}
          </div>
        ) : null}
      </div>
      {data.steps ? (
        <div className="service-node__steps" aria-hidden="true">
          {data.steps.join(' · ')}
        </div>
      ) : null}
    </>
  );
});
