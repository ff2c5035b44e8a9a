import { wrapText } from '../text/textMetrics.ts';
import { boxContentHeight, wrapName } from './serviceBox.ts';
import { pathwayLookups } from '../pathway/pathwayLookups.ts';
import { serviceSlots, type ServiceSlots } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';
import type {
  Band,
  LayoutBox,
  LayoutEdge,
  LayoutEdgeSpec,
  LayoutLane,
  LayoutMetrics,
  PathwayLayout,
} from './layoutTypes.ts';
import { layoutLines } from './layoutLines.ts';
import { layoutPorts, spread } from './layoutPorts.ts';
import { assignTracks, channelSpan, chooseRowChannel, planRoute, type RoutePlan } from './routePlan.ts';

const pairKey = (spec: LayoutEdgeSpec) => `${spec.from}\u0000${spec.to}\u0000${spec.group ?? ''}`;

/**
 * Lays a pathway out as swimlanes and routes its lines, for the app's map, the board-paper figure and
 * the trainer alike: services on the grid of `serviceSlots` (lanes left to right, rows aligned across
 * lanes), each box as tall as its full wrapped name needs (names are never cut), and every line routed
 * orthogonally through the channels between columns and rows, never under a box. Lines sharing a
 * channel get their own tracks (`assignTracks`), and ends sharing a box side their own ports, ordered
 * by where the line goes next; channels and rows grow to hold them. Specs between the same two
 * services in the same direction share one line. Pure and deterministic: the same input gives the same
 * numbers, rounded to hundredths.
 */
export function pathwayLayout(
  pathway: Pathway,
  specs: readonly LayoutEdgeSpec[],
  metrics: LayoutMetrics,
  options: {
    /** Services not drawn (the simplification sliders): their cells stay empty, their lines are dropped. */
    readonly hidden?: ReadonlySet<string> | undefined;
    /** The placement of the services, when the caller has it (the loaded pathway's); else computed. */
    readonly slots?: ServiceSlots | undefined;
  } = {},
): PathwayLayout {
  const hidden = options.hidden ?? new Set<string>();
  const { slots, rows: R, columns: C, laneColumns } = options.slots ?? serviceSlots(pathway);
  const { pitch } = metrics;

  // 1. One plan per directed pair of services.
  const plans: RoutePlan[] = [];
  const planOfPair = new Map<string, number>();
  const planOfSpec = new Map<string, number>();
  for (const spec of specs) {
    if (spec.from === spec.to || hidden.has(spec.from) || hidden.has(spec.to)) continue;
    const a = slots.get(spec.from);
    const b = slots.get(spec.to);
    if (!a || !b) continue;
    const key = pairKey(spec);
    let index = planOfPair.get(key);
    if (index === undefined) {
      index = plans.length;
      plans.push(planRoute(index, spec.from, spec.to, a, b));
      planOfPair.set(key, index);
    }
    planOfSpec.set(spec.id, index);
  }

  // 2. Long lines pick a channel between rows: shortest spans first, so that they take the nearest.
  const load: number[][] = [];
  const longs = plans
    .filter((p) => p.kind === 'long')
    .sort((x, y) => Math.abs(x.v2 - x.v1) - Math.abs(y.v2 - y.v1) || x.index - y.index);
  for (const p of longs) p.h = chooseRowChannel(p, load);

  // 3. Ports: the ends meeting the boxes of one row beside one vertical channel share its height;
  // vertical lines between two rows of a column share the width of its boxes.
  const ports = layoutPorts(plans, R);
  const { rowPorts } = ports;
  const portGrid = (plan: number, end: 'source' | 'target') => {
    const at = ports.at(plan, end);
    return 2 * at.row + 1 + spread(at.k, at.n);
  };

  // 4. Tracks in the vertical channels (runs between a port and a row channel, or two ports) and in
  // the horizontal channels (the long lines' runs). A run ending in a channel is taken to fill it, so
  // two runs meeting one channel never share a track.
  const vRuns: { id: number; lo: number; hi: number }[][] = Array.from({ length: C + 1 }, () => []);
  const hRuns: { id: number; lo: number; hi: number }[][] = Array.from({ length: R + 1 }, () => []);
  const run = (list: { id: number; lo: number; hi: number }[] | undefined, id: number, ends: number[]) =>
    list?.push({ id, lo: Math.min(...ends), hi: Math.max(...ends) });
  for (const p of plans) {
    if (p.kind === 'jog' || p.kind === 'bracket') {
      run(vRuns[p.v1], p.index * 2, [portGrid(p.index, 'source'), portGrid(p.index, 'target')]);
    } else if (p.kind === 'long') {
      run(vRuns[p.v1], p.index * 2, [portGrid(p.index, 'source'), ...channelSpan(p.h)]);
      run(vRuns[p.v2], p.index * 2 + 1, [portGrid(p.index, 'target'), ...channelSpan(p.h)]);
      run(hRuns[p.h], p.index, [...channelSpan(p.v1), ...channelSpan(p.v2)]);
    }
  }
  const vTracks = vRuns.map((runs) => assignTracks(runs));
  const hTracks = hRuns.map((runs) => assignTracks(runs));
  const margin = 1.5 * pitch;
  const channelSize = (tracks: number) =>
    Math.max(metrics.minChannel, 2 * margin + Math.max(0, tracks - 1) * pitch);
  const vWidths = vTracks.map((t) => channelSize(t.tracks));
  const hHeights = hTracks.map((t) => channelSize(t.tracks));

  // 5. Box sizes: names wrapped to the box (never cut), rows as tall as their tallest box and their ports.
  const channelsWidth = vWidths.reduce((a, b) => a + b, 0);
  // A box is at least as wide as the longest word of any name, so that no word is broken.
  const longestWord = Math.max(
    0,
    ...pathway.services.flatMap((s) =>
      s.label.split(/\s+/).map((w) => metrics.measure(w, metrics.nameSize, true)),
    ),
  );
  const boxWidth = Math.max(
    metrics.fitWidth !== undefined ? (metrics.fitWidth - channelsWidth) / Math.max(1, C) : metrics.boxWidth,
    metrics.breakWords ? 4 * metrics.nameSize : Math.ceil(longestWord + 2 * metrics.padX),
  );
  const nameWidth = Math.max(1, boxWidth - 2 * metrics.padX);
  const nameLines = new Map<string, string[]>();
  const rowHeights = new Array<number>(R).fill(metrics.minBoxHeight);
  for (const s of pathway.services) {
    const slot = slots.get(s.id);
    if (!slot || hidden.has(s.id)) continue;
    const inset = metrics.insetOf?.(s.id) ?? metrics.nameInset;
    const lines = wrapName(s.label, nameWidth, { ...metrics, nameInset: inset });
    nameLines.set(s.id, lines);
    const content = boxContentHeight(lines.length, metrics);
    rowHeights[slot.row] = Math.max(rowHeights[slot.row] as number, content);
  }
  rowPorts.forEach((n, r) => {
    rowHeights[r] = Math.max(rowHeights[r] as number, (n + 1) * pitch);
  });

  // 6. Coordinates: x from the channels and columns, then the lanes and their headers, then y.
  const xs: number[] = [];
  const vBands: Band[] = [];
  const columnBands: Band[] = [];
  {
    let x = 0;
    for (let v = 0; v <= C; v++) {
      vBands.push({ start: x, size: vWidths[v] as number });
      x += vWidths[v] as number;
      if (v < C) {
        columnBands.push({ start: x, size: boxWidth });
        xs.push(x);
        x += boxWidth;
      }
    }
  }
  const width = (vBands[C] as Band).start + (vBands[C] as Band).size;
  const laneEdges = laneColumns.map(({ first, count }) => {
    const last = first + count - 1;
    const left = vBands[first] as Band;
    const right = vBands[last + 1] as Band;
    const x0 = first === 0 ? 0 : left.start + left.size / 2 + metrics.laneGap / 2;
    const x1 = last === C - 1 ? width : right.start + right.size / 2 - metrics.laneGap / 2;
    return { x0, x1 };
  });
  const wrapLane = (text: string, i: number, size: number, bold: boolean) => {
    const edges = laneEdges[i] as { x0: number; x1: number };
    const width = Math.max(1, edges.x1 - edges.x0 - 2 * metrics.lanePad);
    return wrapText(text, width, size, bold, Infinity, metrics.measure);
  };
  const laneLines = pathway.levels.map((level, i) => wrapLane(level.label, i, metrics.laneSize, true));
  const noteSize = metrics.laneNoteSize;
  const noteLines = pathway.levels.map((level, i) =>
    noteSize !== undefined && level.thrive ? wrapLane(level.thrive, i, noteSize, false) : [],
  );
  const notes = Math.max(0, ...noteLines.map((l) => l.length));
  const header =
    2 * metrics.lanePad +
    Math.max(1, ...laneLines.map((l) => l.length)) * metrics.laneSize * metrics.leading +
    (notes > 0 ? notes * (noteSize ?? 0) * metrics.leading + metrics.lanePad / 2 : 0);
  // Room left in `fitHeight` goes to the channels between rows, evenly, up to four pitches each.
  const natural = header + hHeights.reduce((a, b) => a + b, 0) + rowHeights.reduce((a, b) => a + b, 0);
  if (metrics.fitHeight !== undefined && natural < metrics.fitHeight) {
    const extra = Math.min(4 * pitch, (metrics.fitHeight - natural) / hHeights.length);
    hHeights.forEach((h, i) => (hHeights[i] = h + extra));
  }
  const hBands: Band[] = [];
  const rowBands: Band[] = [];
  {
    let y = header;
    for (let h = 0; h <= R; h++) {
      hBands.push({ start: y, size: hHeights[h] as number });
      y += hHeights[h] as number;
      if (h < R) {
        rowBands.push({ start: y, size: rowHeights[h] as number });
        y += rowHeights[h] as number;
      }
    }
  }
  const height = (hBands[R] as Band).start + (hBands[R] as Band).size;

  const indexOf = pathwayLookups(pathway).serviceIndex;
  const boxes = new Map<string, LayoutBox>();
  for (const s of pathway.services) {
    const slot = slots.get(s.id);
    if (!slot || hidden.has(s.id)) continue;
    const row = rowBands[slot.row] as Band;
    boxes.set(s.id, {
      id: s.id,
      index: indexOf.get(s.id) ?? 0,
      lane: slot.lane,
      column: slot.column,
      row: slot.row,
      x: xs[slot.column] as number,
      y: row.start,
      width: boxWidth,
      height: row.size,
      nameLines: nameLines.get(s.id) ?? [s.label],
    });
  }
  const lanes: LayoutLane[] = pathway.levels.map((level, i) => {
    const { x0, x1 } = laneEdges[i] as { x0: number; x1: number };
    return {
      id: level.id,
      index: i,
      x: x0,
      y: 0,
      width: x1 - x0,
      height,
      labelLines: laneLines[i] ?? [],
      noteLines: noteLines[i] ?? [],
    };
  });

  // 7. The lines.
  const lines = layoutLines({ plans, ports, boxes, rowBands, vBands, hBands, vTracks, hTracks, metrics });
  const edges = new Map<string, LayoutEdge>();
  for (const [id, plan] of planOfSpec) edges.set(id, lines[plan] as LayoutEdge);

  return {
    width,
    height,
    header,
    lanes,
    boxes,
    edges,
    columns: columnBands,
    rows: rowBands,
    verticalChannels: vBands.map((b, v) => ({ ...b, tracks: vTracks[v]?.tracks ?? 0 })),
    horizontalChannels: hBands.map((b, h) => ({ ...b, tracks: hTracks[h]?.tracks ?? 0 })),
    metrics,
  };
}
