import type { FigureContext as Ctx } from './figureContext.ts';
import { badgeSize, missedBadge } from './figureMarks.ts';
import { listedMoves } from './figureCaption.ts';
import { colour, fontSize, LEADING, stroke } from './figureStyle.ts';
import { BOX_PAD, type MapFonts, type MapGeometry, type Rect } from './mapLayout.ts';
import { moveGeometry, type LineGeometry, type LineSpec, type Point } from './moveGeometry.ts';
import { moveLetter } from './moveLetter.ts';
import { linesAt, textLine } from './svgText.ts';
import { EARLY_INTERVENTION } from '../pathway/types.ts';
import { el } from './xml.ts';

function lines(ctx: Ctx): LineSpec[] {
  const observed = new Set<string>();
  const out: LineSpec[] = [];
  for (const m of ctx.d.moves) {
    observed.add(`${m.from}\u0000${m.to}`);
    out.push({ from: m.from, to: m.to, kind: m.onPathway ? 'on' : 'off', width: ctx.width(m.journeys) });
  }
  const untaken = new Set<string>();
  for (const r of ctx.input.pathway.routes) {
    const key = `${r.from}\u0000${r.to}`;
    if (observed.has(key) || untaken.has(key) || r.from === r.to) continue;
    untaken.add(key);
    out.push({ from: r.from, to: r.to, kind: 'untaken', width: stroke.untaken });
  }
  return out;
}

function overlapArea(a: Rect, b: Rect): number {
  const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

/**
 * Where a line's marker goes: the point of the line nearest its middle whose marker covers no box and no
 * other marker; else such a point just above or below the line; else the point that covers least.
 */
function markerPlace(g: LineGeometry, w: number, h: number, avoid: readonly Rect[]): Point {
  const pts = g.samples;
  const order = pts.map((p, i) => ({ p, k: Math.abs(i - (pts.length - 1) / 2) })).sort((a, b) => a.k - b.k);
  const candidates = [
    ...order.map(({ p }) => p),
    ...order.flatMap(({ p }) => [
      { x: p.x, y: p.y - h },
      { x: p.x, y: p.y + h },
    ]),
  ];
  let best = candidates[0] ?? { x: 0, y: 0 };
  let least = Infinity;
  for (const p of candidates) {
    const r = { x: p.x - w / 2, y: p.y - h / 2, width: w, height: h };
    const covered = avoid.reduce((sum, b) => sum + overlapArea(r, b), 0);
    if (covered === 0) return p;
    if (covered < least) [best, least] = [p, covered];
  }
  return best;
}

/** The map: lanes, lines (untaken routes, then moves), service boxes with their badges, off-pathway letters. */
export function mapSvg(ctx: Ctx, map: MapGeometry, fonts: MapFonts): string {
  const { pathway } = ctx.input;
  const parts: string[] = [];
  // Lanes, from universal to inpatient.
  parts.push(
    el(
      'g',
      { id: 'lanes' },
      map.lanes.map((l) => {
        const cx = l.x + l.width / 2;
        const label = linesAt(l.labelLines, cx, l.y + 1.4, {
          size: fonts.laneLabel,
          bold: true,
          anchor: 'middle',
        });
        const note = linesAt(l.noteLines, cx, l.y + 1.4 + label.height + 0.4, {
          size: fonts.laneNote,
          fill: colour.muted,
          anchor: 'middle',
        });
        return el('g', { id: `lane-${String(l.index)}`, class: 'lane' }, [
          el('rect', {
            x: l.x,
            y: l.y,
            width: l.width,
            height: l.height,
            rx: 1.5,
            fill: colour.laneFill[l.index % colour.laneFill.length],
          }),
          label.svg,
          note.svg,
        ]);
      }),
    ),
  );

  // Lines: untaken routes first and faint, then observed moves, widest first so that thin ones stay visible.
  const geometry = moveGeometry(lines(ctx), map);
  const order = geometry
    .map((g, i) => ({ g, i }))
    .sort(
      (a, b) =>
        Number(a.g.kind !== 'untaken') - Number(b.g.kind !== 'untaken') || b.g.width - a.g.width || a.i - b.i,
    );
  const id = (sid: string) => String(map.boxes.get(sid)?.index ?? -1);
  parts.push(
    el(
      'g',
      { id: 'moves', fill: 'none' },
      order.map(({ g }) => {
        const c = g.kind === 'on' ? colour.move : g.kind === 'off' ? colour.offPathway : colour.untaken;
        return el(
          'g',
          {
            id: `move-${id(g.from)}-${id(g.to)}${g.kind === 'untaken' ? '-route' : ''}`,
            class: `move ${g.kind}`,
          },
          [
            el('path', {
              d: g.d,
              stroke: c,
              'stroke-width': g.width,
              'stroke-opacity': g.kind === 'untaken' ? undefined : 0.85,
              'stroke-dasharray': g.kind === 'off' ? stroke.dash : undefined,
              fill: 'none',
            }),
            el('path', { d: g.arrow, fill: c }),
          ],
        );
      }),
    ),
  );

  // Services.
  const d = ctx.d;
  const byId = new Map(d.services.map((s) => [s.id, s]));
  parts.push(
    el(
      'g',
      { id: 'services' },
      pathway.services.map((s) => {
        const b = map.boxes.get(s.id);
        const counts = byId.get(s.id);
        if (!b || !counts) return '';
        const early = s.tags.includes(EARLY_INTERVENTION);
        const unused = counts.journeys.text === '0';
        const right = b.x + b.width - BOX_PAD * 0.7;
        const lh = fonts.service * LEADING;
        // The line of numbers: the last line of the box, or beside the label in a one-line box.
        const top = b.y + map.pad * 0.6;
        const numbersMid =
          b.numbers === 'beside'
            ? top + Math.max(lh, map.countLine) / 2
            : top + b.labelLines.length * lh + 0.3 + map.countLine / 2;
        const badgeMid = b.numbers === 'stacked' ? numbersMid + map.countLine : numbersMid;
        const badgeWidth = b.badge === null ? 0 : badgeSize(b.badge, fonts.badge, map.countLine).width + 1.5;
        const children = [
          el('rect', {
            x: b.x,
            y: b.y,
            width: b.width,
            height: b.height,
            rx: 1,
            fill: colour.boxFill,
            stroke: early ? colour.earlyStroke : unused ? colour.unusedStroke : colour.boxStroke,
            'stroke-width': early ? stroke.early : stroke.box,
          }),
          linesAt(
            b.labelLines,
            b.x + BOX_PAD,
            b.numbers === 'beside' && map.countLine > lh ? top + (map.countLine - lh) / 2 : top,
            { size: fonts.service, bold: true, fill: unused ? colour.muted : colour.text },
          ).svg,
        ];
        if (b.count !== '')
          children.push(
            el(
              'g',
              { class: 'count' },
              textLine(
                b.count,
                b.numbers === 'beside' ? right - badgeWidth : b.x + BOX_PAD,
                numbersMid + fonts.count * 0.36,
                {
                  size: fonts.count,
                  fill: colour.muted,
                  anchor: b.numbers === 'beside' ? 'end' : undefined,
                },
              ),
            ),
          );
        if (b.badge !== null)
          children.push(missedBadge(b.badge, right, badgeMid, fonts.badge, undefined, map.countLine));
        return el(
          'g',
          { id: `service-${String(b.index)}`, class: early ? 'service early' : 'service' },
          children,
        );
      }),
    ),
  );

  // Letters on the listed moves (off-pathway, or the longest), clear of the boxes and of each other.
  const avoid: Rect[] = [...map.boxes.values()].map((b) => ({
    x: b.x - 0.4,
    y: b.y - 0.4,
    width: b.width + 0.8,
    height: b.height + 0.8,
  }));
  // Nor above the lanes' headings' bottom or below the lanes (the header's and the key's text).
  const lane = map.lanes[0];
  if (lane) {
    const headingBottom = Math.min(...[...map.boxes.values()].map((b) => b.y), lane.y + lane.height) - 1;
    avoid.push({ x: -1e4, y: -1e4, width: 2e4, height: 1e4 + headingBottom });
    avoid.push({ x: -1e4, y: lane.y + lane.height, width: 2e4, height: 1e4 });
  }
  const markers: string[] = [];
  const { moves: listed } = listedMoves(ctx.words);
  const geometryOf = new Map(
    geometry.filter((g) => g.kind !== 'untaken').map((g) => [`${g.from}\u0000${g.to}\u0000${g.kind}`, g]),
  );
  listed.forEach((m, k) => {
    const g = geometryOf.get(`${m.from}\u0000${m.to}\u0000${m.onPathway ? 'on' : 'off'}`);
    if (!g) return;
    const colourOf = g.kind === 'off' ? colour.offPathway : colour.move;
    const r = fontSize.moveLabel * 0.8;
    const p = markerPlace(g, 2 * r + 0.6, 2 * r + 0.6, avoid);
    avoid.push({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
    markers.push(
      el('g', { class: 'move-marker' }, [
        el('circle', {
          cx: p.x,
          cy: p.y,
          r,
          fill: '#ffffff',
          stroke: colourOf,
          'stroke-width': 0.35,
        }),
        textLine(moveLetter(k), p.x, p.y + fontSize.moveLabel * 0.36, {
          size: fontSize.moveLabel,
          bold: true,
          fill: colourOf,
          anchor: 'middle',
        }),
      ]),
    );
  });
  parts.push(el('g', { id: 'move-markers' }, markers));
  return el('g', { id: 'map' }, parts);
}
