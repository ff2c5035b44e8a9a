import type { LayoutMetrics, PathwayLayout, Rect } from '../layout/layoutTypes.ts';
import { pathwayLayout } from '../layout/pathwayLayout.ts';
import type { Pathway } from '../pathway/types.ts';
import { LEADING } from './figureStyle.ts';
import { moveGeometry, type LineGeometry, type LineSpec } from './moveGeometry.ts';
import { textWidth } from '../text/textMetrics.ts';

export type { Rect } from '../layout/layoutTypes.ts';

export interface MapFonts {
  readonly laneLabel: number;
  readonly laneNote: number;
  readonly service: number;
  readonly count: number;
  readonly badge: number;
}

export interface LaneGeometry extends Rect {
  readonly id: string;
  readonly index: number;
  readonly labelLines: readonly string[];
  readonly noteLines: readonly string[];
}

export interface ServiceBox extends Rect {
  readonly id: string;
  /** Index of the service in `pathway.services` (stable ids in the SVG). */
  readonly index: number;
  readonly lane: number;
  readonly row: number;
  readonly labelLines: readonly string[];
}

/**
 * The map of the figure, in millimetres from the map's own top-left corner (the figure draws it
 * translated to its place on the page): the app's layout (`pathwayLayout`) at the figure's sizes.
 */
export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly LaneGeometry[];
  readonly boxes: ReadonlyMap<string, ServiceBox>;
  /** The lines, as routed by the layout, with their arrowheads, in the order of the specs. */
  readonly lines: readonly LineGeometry[];
  /** Height of a box's bottom line: the journeys and the missed badge. */
  readonly countLine: number;
  readonly layout: PathwayLayout;
}

const PAD = 1.5;
/** Distance between parallel lines on paper; a line is drawn at most 0.8 of it wide, so lines never touch. */
export const FIGURE_PITCH = 1.1;
const LANE_PAD = 1.4;

/** The figure's sizes for the layout: millimetres, DejaVu Sans widths, boxes sharing the map's width. */
export function figureMetrics(fonts: MapFonts, rect: Rect, laneNotes: boolean, scale = 1): LayoutMetrics {
  return {
    measure: textWidth,
    nameSize: fonts.service,
    laneSize: fonts.laneLabel,
    laneNoteSize: laneNotes ? fonts.laneNote : undefined,
    leading: LEADING,
    boxWidth: 0,
    fitWidth: rect.width,
    fitHeight: rect.height,
    padX: PAD,
    padY: PAD * 0.7,
    nameInset: 0,
    infoHeight: 0.4 + fonts.badge * 1.7,
    minBoxHeight: 0,
    lanePad: LANE_PAD,
    pitch: FIGURE_PITCH * scale,
    minChannel: 3 * scale,
    laneGap: 1.2,
    corner: 0.8,
  };
}

/**
 * Lays the pathway out as the app's map does, with the same engine and the same grid (`serviceSlots`):
 * one lane per level, left to right, services in rows aligned across lanes, names wrapped in full,
 * every line routed through the channels, never under a box. The lines are the figure's own (its
 * observed moves and untaken routes); lines of another group (off-pathway moves) run beside a route
 * between the same services.
 */
export function layoutMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  lines: readonly LineSpec[],
  options: { laneNotes: boolean; scale?: number } = { laneNotes: true },
): MapGeometry {
  const metrics = figureMetrics(fonts, rect, options.laneNotes, options.scale);
  const specs = lines.map((l, i) => ({
    id: String(i),
    from: l.from,
    to: l.to,
    group: l.kind === 'off' ? 'off' : undefined,
  }));
  const layout = pathwayLayout(pathway, specs, metrics);
  const boxes = new Map<string, ServiceBox>();
  for (const b of layout.boxes.values()) boxes.set(b.id, { ...b, labelLines: b.nameLines, x: b.x, y: b.y });
  return {
    width: layout.width,
    height: layout.height,
    lanes: layout.lanes,
    boxes,
    lines: moveGeometry(lines, layout),
    countLine: fonts.badge * 1.7,
    layout,
  };
}

export const BOX_PAD = PAD;

/**
 * `layoutMap`, with the map's type and the spacing of its lines made smaller (in steps of a tenth, to
 * no less than 0.6 of their size) when the map does not fit `rect` (a name's longest word sets a
 * box's least width, so a narrow page can be too narrow for five lanes at full size).
 */
export function fitMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  lines: readonly LineSpec[],
  options: { laneNotes: boolean },
): { map: MapGeometry; fonts: MapFonts } {
  let scale = 1;
  for (;;) {
    const f: MapFonts = {
      laneLabel: fonts.laneLabel * scale,
      laneNote: fonts.laneNote * scale,
      service: fonts.service * scale,
      count: fonts.count * scale,
      badge: fonts.badge * scale,
    };
    const map = layoutMap(pathway, rect, f, lines, { ...options, scale });
    const fits = map.height <= rect.height + 0.01 && map.width <= rect.width + 0.01;
    if (fits || scale <= 0.6) return { map, fonts: f };
    scale = Math.round((scale - 0.1) * 10) / 10;
  }
}
