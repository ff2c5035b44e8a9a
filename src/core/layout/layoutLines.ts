import type { Band, LayoutBox, LayoutEdge, LayoutMetrics, Point } from './layoutTypes.ts';
import { spread, type LayoutPorts } from './layoutPorts.ts';
import { orthogonalPath, simplifyPoints } from './orthogonalPath.ts';
import type { assignTracks, RoutePlan } from './routePlan.ts';

type Tracks = ReturnType<typeof assignTracks>;

/** What `pathwayLayout` has placed by its last step: the plans, their ports, the boxes and the channels. */
export interface PlacedLayout {
  readonly plans: readonly RoutePlan[];
  readonly ports: LayoutPorts;
  readonly boxes: ReadonlyMap<string, LayoutBox>;
  readonly rowBands: readonly Band[];
  readonly vBands: readonly Band[];
  readonly hBands: readonly Band[];
  readonly vTracks: readonly Tracks[];
  readonly hTracks: readonly Tracks[];
  readonly metrics: LayoutMetrics;
}

/**
 * Step 7 of `pathwayLayout`: each plan's line as orthogonal points through its ports and its tracks in
 * the channels, simplified, and its rounded path.
 */
export function layoutLines({
  plans,
  ports,
  boxes,
  rowBands,
  vBands,
  hBands,
  vTracks,
  hTracks,
  metrics,
}: PlacedLayout): LayoutEdge[] {
  const { pitch } = metrics;
  const portY = (plan: number, end: 'source' | 'target') => {
    const at = ports.at(plan, end);
    const row = rowBands[at.row] as Band;
    return row.start + row.size * spread(at.k, at.n);
  };
  const trackX = (v: number, id: number) => {
    const band = vBands[v] as Band;
    const { track, tracks } = vTracks[v] as ReturnType<typeof assignTracks>;
    const first = band.start + (band.size - (tracks - 1) * pitch) / 2;
    return first + (track.get(id) ?? 0) * pitch;
  };
  const trackY = (h: number, id: number) => {
    const band = hBands[h] as Band;
    const { track, tracks } = hTracks[h] as ReturnType<typeof assignTracks>;
    const first = band.start + (band.size - (tracks - 1) * pitch) / 2;
    return first + (track.get(id) ?? 0) * pitch;
  };
  const sideX = (id: string, s: 'left' | 'right') => {
    const box = boxes.get(id) as LayoutBox;
    return s === 'left' ? box.x : box.x + box.width;
  };
  return plans.map((p): LayoutEdge => {
    let points: Point[];
    const ys = p.kind === 'vertical' ? 0 : portY(p.index, 'source');
    const yt = p.kind === 'vertical' ? 0 : portY(p.index, 'target');
    const xs0 = p.sourceSide === 'left' || p.sourceSide === 'right' ? sideX(p.from, p.sourceSide) : 0;
    const xt0 = p.targetSide === 'left' || p.targetSide === 'right' ? sideX(p.to, p.targetSide) : 0;
    switch (p.kind) {
      case 'straight':
        points = [
          { x: xs0, y: ys },
          { x: xt0, y: ys },
        ];
        break;
      case 'jog':
      case 'bracket': {
        const x = trackX(p.v1, p.index * 2);
        points = [
          { x: xs0, y: ys },
          { x, y: ys },
          { x, y: yt },
          { x: xt0, y: yt },
        ];
        break;
      }
      case 'long': {
        const x1 = trackX(p.v1, p.index * 2);
        const x2 = trackX(p.v2, p.index * 2 + 1);
        const y = trackY(p.h, p.index);
        points = [
          { x: xs0, y: ys },
          { x: x1, y: ys },
          { x: x1, y },
          { x: x2, y },
          { x: x2, y: yt },
          { x: xt0, y: yt },
        ];
        break;
      }
      case 'vertical': {
        const pool = ports.crossPools.get(`${String(p.h)}:${String(p.a.column)}`) as readonly number[];
        const box = boxes.get(p.from) as LayoutBox;
        const target = boxes.get(p.to) as LayoutBox;
        const x = box.x + box.width * spread(pool.indexOf(p.index), pool.length);
        const down = p.b.row > p.a.row;
        points = [
          { x, y: down ? box.y + box.height : box.y },
          { x, y: down ? target.y : target.y + target.height },
        ];
        break;
      }
    }
    const simple = simplifyPoints(points);
    return {
      id: `${p.from}>${p.to}#${String(p.index)}`,
      from: p.from,
      to: p.to,
      points: simple,
      path: orthogonalPath(simple, metrics.corner),
      sourceSide: p.sourceSide,
      targetSide: p.targetSide,
    };
  });
}
