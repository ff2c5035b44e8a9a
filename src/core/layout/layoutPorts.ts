import { rowCentre, type PortEnd, type RoutePlan } from './routePlan.ts';

/** Offsets of `n` evenly spaced items across `size`, the first and last `(size / (n + 1))` from the ends. */
export const spread = (k: number, n: number) => (k + 1) / (n + 1);

/** Where a line's end meets its box: the k-th of n ends on that row's side. */
export interface PortAt {
  readonly row: number;
  readonly k: number;
  readonly n: number;
}

export interface LayoutPorts {
  /** The port of a plan's end (every end of a plan that is not vertical has one). */
  readonly at: (plan: number, end: 'source' | 'target') => PortAt;
  /** The vertical lines between two rows of a column, keyed `h:column`, in order across its boxes. */
  readonly crossPools: ReadonlyMap<string, readonly number[]>;
  /** The most ends meeting one side of each row's boxes (a row is tall enough for them). */
  readonly rowPorts: readonly number[];
}

/**
 * Step 3 of `pathwayLayout`: the ends meeting the boxes of one row beside one vertical channel share
 * its height, ordered by where the line goes next; vertical lines between two rows of a column share
 * the width of its boxes.
 */
export function layoutPorts(plans: readonly RoutePlan[], rows: number): LayoutPorts {
  const sidePools = new Map<string, PortEnd[]>();
  const crossPools = new Map<string, number[]>();
  const side = (v: number, r: number, end: PortEnd) => {
    const key = `${String(v)}:${String(r)}`;
    const pool = sidePools.get(key);
    if (pool) pool.push(end);
    else sidePools.set(key, [end]);
  };
  const channelCentre = (h: number) => 2 * h + 0.5;
  for (const p of plans) {
    switch (p.kind) {
      case 'straight':
        side(p.v1, p.a.row, { plan: p.index, end: 'both', far: rowCentre(p.a.row) });
        break;
      case 'jog':
      case 'bracket':
        side(p.v1, p.a.row, { plan: p.index, end: 'source', far: rowCentre(p.b.row) });
        side(p.v2, p.b.row, { plan: p.index, end: 'target', far: rowCentre(p.a.row) });
        break;
      case 'long':
        side(p.v1, p.a.row, { plan: p.index, end: 'source', far: channelCentre(p.h) });
        side(p.v2, p.b.row, { plan: p.index, end: 'target', far: channelCentre(p.h) });
        break;
      case 'vertical': {
        const key = `${String(p.h)}:${String(p.a.column)}`;
        const pool = crossPools.get(key);
        if (pool) pool.push(p.index);
        else crossPools.set(key, [p.index]);
        break;
      }
    }
  }
  const port = new Map<string, PortAt>();
  const portKey = (plan: number, end: 'source' | 'target') => `${String(plan)}:${end}`;
  const rowPorts = new Array<number>(rows).fill(0);
  for (const [key, pool] of sidePools) {
    const row = Number(key.split(':')[1]);
    pool.sort((x, y) => x.far - y.far || x.plan - y.plan || x.end.localeCompare(y.end));
    pool.forEach((e, k) => {
      const at = { row, k, n: pool.length };
      if (e.end !== 'target') port.set(portKey(e.plan, 'source'), at);
      if (e.end !== 'source') port.set(portKey(e.plan, 'target'), at);
    });
    rowPorts[row] = Math.max(rowPorts[row] as number, pool.length);
  }
  return { at: (plan, end) => port.get(portKey(plan, end)) as PortAt, crossPools, rowPorts };
}
