import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import { pathwayLookups } from '../../core/pathway/pathwayLookups.ts';
import { CRISIS, EARLY_INTERVENTION, type Activity, type Pathway } from '../../core/pathway/types.ts';

/** The shape of each activity's mark. Hollow marks are things that did not happen (a missed appointment). */
export interface ActivityShape {
  readonly type: SymbolType;
  readonly label: string;
  /** Drawn as an outline only. */
  readonly hollow: boolean;
}

export const activityShapes: Readonly<Record<Activity, ActivityShape>> = {
  concern: { type: symbolWye, label: 'Concern noted', hollow: false },
  contact: { type: symbolCircle, label: 'Contact', hollow: false },
  referral: { type: symbolTriangle, label: 'Referral', hollow: false },
  assessment: { type: symbolSquare, label: 'Assessment', hollow: false },
  intervention: { type: symbolDiamond, label: 'Intervention', hollow: false },
  admission: { type: symbolStar, label: 'Admission', hollow: false },
  discharge: { type: symbolCross, label: 'Discharge', hollow: false },
  declined: { type: symbolTimes, label: 'Declined', hollow: true },
  did_not_attend: { type: symbolCircle, label: 'Did not attend', hollow: true },
};

/** An SVG path of an activity's mark centred on 0,0; `size` is the area in square pixels (d3 convention). */
export function activityPath(activity: Activity, size: number): string {
  return symbol(activityShapes[activity].type, size)() ?? '';
}

/** How a service's marks are coloured (with the shape and the lane name, never the only signal). */
export type ServiceKind = 'early' | 'crisis' | 'other';

export function serviceKind(pathway: Pathway, serviceId: string): ServiceKind {
  const tags = pathwayLookups(pathway).service.get(serviceId)?.tags ?? [];
  return tags.includes(CRISIS) ? 'crisis' : tags.includes(EARLY_INTERVENTION) ? 'early' : 'other';
}

export function serviceLabel(pathway: Pathway, serviceId: string): string {
  return pathwayLookups(pathway).service.get(serviceId)?.label ?? serviceId;
}
