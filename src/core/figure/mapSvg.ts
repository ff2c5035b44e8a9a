import type { FigureContext as Ctx } from './figureContext.ts';
import { badgeSize, missedBadge } from './figureMarks.ts';
import { colour, fontSize, LEADING, stroke } from './figureStyle.ts';
import { plural } from '../format/counts.ts';
import { listedMoves } from './figureCaption.ts';
import { placeLabels } from '../layout/placeLabels.ts';
import type { MapOmissions } from './fitMap.ts';
import { BOX_PAD, type MapFonts, type MapGeometry, type Rect } from './mapLayout.ts';
import type { LineSpec } from './moveGeometry.ts';
import { moveLetter } from './moveLetter.ts';
import { linesAt, textLine } from './svgText.ts';
import { EARLY_INTERVENTION } from '../pathway/types.ts';
import { el, num } from './xml.ts';

/**
 * The lines of the figure: every observed move along the pathway, the moves off it that the figure
 * letters and lists (`listedMoves`: the busiest; the CSV lists them all), then the routes nobody took.
 */
export function figureLines(ctx: Pick<Ctx, 'd' | 'width' | 'input' | 'words'>): LineSpec[] {
  const listed = new Set(listedMoves(ctx.words).moves);
  const observed = new Set<string>();
  const out: LineSpec[] = [];
  for (const m of ctx.d.moves) {
    if (!m.onPathway && !listed.has(m)) continue;
    observed.add(`${m.from}\u0000${m.to}`);
    out.push({
      from: m.from,
      to: m.to,
      kind: m.onPathway ? 'on' : 'off',
      width: ctx.width(m.journeys),
      journeys: m.journeys.value ?? 0,
    });
  }
  const untaken = new Set<string>();
  for (const r of ctx.input.pathway.routes) {
    const key = `${r.from}\u0000${r.to}`;
    if (observed.has(key) || untaken.has(key) || r.from === r.to) continue;
    untaken.add(key);
    out.push({ from: r.from, to: r.to, kind: 'untaken', width: stroke.untaken, journeys: 0 });
  }
  return out;
}

/** What the map leaves out to fit the page, in one sentence. */
export function omissionText(o: MapOmissions): string {
  const what: string[] = [];
  if (o.lines > 0)
    what.push(
      o.upTo > 0
        ? `${plural(o.lines, 'move')} of up to ${plural(o.upTo, 'journey')} ${o.lines === 1 ? 'is' : 'are'} not drawn`
        : `${plural(o.lines, 'route')} nobody took ${o.lines === 1 ? 'is' : 'are'} not drawn`,
    );
  if (o.cutNames) what.push('some names end in “…”');
  return `To fit the page, ${what.join(' and ')}; the CSV has every move and name in full.`;
}

/**
 * The map: lanes, lines (untaken routes, then moves), service boxes with their badges, off-pathway
 * letters; drawn at `at` (the map's geometry is relative to its top-left corner).
 */
export function mapSvg(
  ctx: Ctx,
  map: MapGeometry,
  fonts: MapFonts,
  at: Rect,
  omitted: MapOmissions | null = null,
): string {
  const { pathway } = ctx.input;
  const parts: string[] = [];
  // Lanes, from universal to inpatient.
  parts.push(
    el(
      'g',
      { id: 'lanes' },
      map.lanes.map((l) => {
        const cx = l.x + l.width / 2;
        const label = linesAt(l.labelLines, cx, l.y + map.layout.metrics.lanePad, {
          size: fonts.laneLabel,
          bold: true,
          anchor: 'middle',
        });
        const note = linesAt(l.noteLines, cx, l.y + map.layout.metrics.lanePad + label.height + 0.4, {
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
  const geometry = map.lines;
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
        const top = b.y + map.layout.metrics.padY;
        const lh = fonts.service * LEADING;
        // The numbers under the name (the count, the badge at the right; or two lines), or beside its first line.
        const beside = b.numbers === 'beside';
        const numbersMid = beside
          ? top + Math.max(lh, map.countLine) / 2
          : top + b.labelLines.length * lh + 0.3 + map.countLine / 2;
        const badgeMid = b.numbers === 'stacked' ? numbersMid + map.countLine : numbersMid;
        const badgeWidth = b.badge === null ? 0 : badgeSize(b.badge, fonts.badge, map.countLine).width + 1.5;
        const nameTop = beside && map.countLine > lh ? top + (map.countLine - lh) / 2 : top;
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
          linesAt(b.labelLines, b.x + BOX_PAD, nameTop, {
            size: fonts.service,
            bold: true,
            fill: unused ? colour.muted : colour.text,
          }).svg,
        ];
        if (b.count !== '')
          children.push(
            el(
              'g',
              { class: 'count' },
              textLine(
                b.count,
                beside ? right - badgeWidth : b.x + BOX_PAD,
                numbersMid + fonts.count * 0.36,
                {
                  size: fonts.count,
                  fill: colour.muted,
                  anchor: beside ? 'end' : undefined,
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

  // Letters on the listed moves (off-pathway, or the longest), clear of the boxes, the badges and each
  // other (the map's label placement); the key lists what they are.
  const r = fontSize.moveLabel * 0.78;
  const lineOf = new Map(geometry.map((g, i) => [`${g.from}\u0000${g.to}\u0000${g.kind}`, i] as const));
  const letters: { id: string; edge: string; width: number; height: number; k: number }[] = [];
  listedMoves(ctx.words).moves.forEach((m, k) => {
    const i = lineOf.get(`${m.from}\u0000${m.to}\u0000${m.onPathway ? 'on' : 'off'}`);
    if (i !== undefined)
      letters.push({ id: String(i), edge: String(i), width: 2 * r + 0.6, height: 2 * r + 0.6, k });
  });
  const places = placeLabels(map.layout, letters, { gap: 0.4 });
  const markers: string[] = [];
  for (const letter of letters) {
    const g = geometry[Number(letter.id)];
    const box = places.get(letter.id);
    const colourOf = g?.kind === 'off' ? colour.offPathway : colour.move;
    // A letter with no clear place sits at the middle of its line's longest run, as the key still lists it.
    const p = box
      ? { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      : (g?.points[Math.floor((g.points.length - 1) / 2)] ?? { x: 0, y: 0 });
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
        textLine(moveLetter(letter.k), p.x, p.y + fontSize.moveLabel * 0.36, {
          size: fontSize.moveLabel,
          bold: true,
          fill: colourOf,
          anchor: 'middle',
        }),
      ]),
    );
  }
  parts.push(el('g', { id: 'move-markers' }, markers));
  if (omitted)
    parts.push(
      el(
        'g',
        { id: 'map-omissions' },
        textLine(omissionText(omitted), 0, map.height + 1 + fontSize.note, {
          size: fontSize.note,
          fill: colour.muted,
        }),
      ),
    );
  return el('g', { id: 'map', transform: `translate(${num(at.x)},${num(at.y)})` }, parts);
}
