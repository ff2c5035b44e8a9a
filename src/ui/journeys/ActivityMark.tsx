import type { ReactNode } from 'react';
import type { Activity } from '../../core/pathway/types.ts';
import { activityPath, activityShapes, type ServiceKind } from './activityShapes.ts';

/** One event's mark: its shape says the activity, its fill the kind of service (with words in the legend). */
export function ActivityMark({
  activity,
  kind,
  size = 150,
  className = '',
}: {
  activity: Activity;
  kind: ServiceKind;
  size?: number;
  className?: string;
}): ReactNode {
  const hollow = activityShapes[activity].hollow;
  return (
    <path
      className={`timeline-mark timeline-mark--${kind}${hollow ? ' timeline-mark--hollow' : ''} ${className}`}
      d={activityPath(activity, size)}
    />
  );
}

/** The same mark as a small standalone icon, for the legend. */
export function ActivityIcon({
  activity,
  kind = 'other',
}: {
  activity: Activity;
  kind?: ServiceKind;
}): ReactNode {
  return (
    <svg className="timeline-legend__icon" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
      <ActivityMark activity={activity} kind={kind} size={130} />
    </svg>
  );
}
