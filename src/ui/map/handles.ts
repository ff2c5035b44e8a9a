/**
 * The connection points of a service node. Each side has one handle for routes arriving and one for
 * routes leaving, set apart, so that a route and its return (e.g. GP → emergency department and back)
 * are drawn as two parallel lines rather than one on top of the other. Shared by `pathwayToFlow`, which
 * picks the handles of each edge, and `ServiceNode`, which draws them.
 */
export const handles = {
  leftIn: { id: 'left-in', type: 'target', side: 'left', at: 38 },
  leftOut: { id: 'left-out', type: 'source', side: 'left', at: 62 },
  rightOut: { id: 'right-out', type: 'source', side: 'right', at: 38 },
  rightIn: { id: 'right-in', type: 'target', side: 'right', at: 62 },
  topIn: { id: 'top-in', type: 'target', side: 'top', at: 40 },
  topOut: { id: 'top-out', type: 'source', side: 'top', at: 60 },
  bottomOut: { id: 'bottom-out', type: 'source', side: 'bottom', at: 40 },
  bottomIn: { id: 'bottom-in', type: 'target', side: 'bottom', at: 60 },
} as const;

export type HandleSpec = (typeof handles)[keyof typeof handles];
