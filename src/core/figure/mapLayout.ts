import type { LayoutMetrics, PathwayLayout, Rect } from '../layout/layoutTypes.ts';
import { pathwayLayout } from '../layout/pathwayLayout.ts';
import type { ServiceSlots } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';
import { textWidth } from '../text/textMetrics.ts';
import { badgeSize } from './figureMarks.ts';
import { LEADING } from './figureStyle.ts';
import { moveGeometry, type LineGeometry, type LineSpec } from './moveGeometry.ts';

export type { Rect } from '../layout/layoutTypes.ts';

export interface MapFonts {
  readonly laneLabel: number;
  readonly laneNote: number;
  readonly service: number;
  readonly count: number;
  readonly badge: number;
}

/** The numbers a box shows, each in forms from the longest to the shortest ("1,234 journeys", "1,234", "1.2k"). */
export interface BoxNumbers {
  readonly count: readonly string[];
  /** The missed-points badge, or null for none. */
  readonly badge: readonly string[] | null;
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
  /** The full name, wrapped to the box (never cut: the box grows). */
  readonly labelLines: readonly string[];
  readonly count: string;
  readonly badge: string | null;
  /**
   * Where the numbers go: a line under the name (the count, the badge at the right), two lines (count,
   * then badge), or beside the name's first line, at the right.
   */
  readonly numbers: 'line' | 'stacked' | 'beside';
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
  /** Height of a line of numbers (the badge's height). */
  readonly countLine: number;
  readonly layout: PathwayLayout;
}

const PAD = 1.5;
export const BOX_PAD = PAD;
/** Distance between parallel lines on paper; a line is drawn at most 0.8 of it wide, so lines never touch. */
export const FIGURE_PITCH = 1.1;
const LANE_PAD = 1.4;
/** Space between the count and the badge. */
const GAP = 1.5;
/** Space between a name's last line and its numbers. */
const NUMBERS_GAP = 0.3;

/** Height of a line of numbers at these fonts: the badge's height. */
const countLineOf = (fonts: MapFonts) => fonts.badge * 1.55;

/**
 * The figure's sizes for the layout: millimetres, DejaVu Sans widths, boxes sharing the map's width
 * (a word wider than a box breaks with a hyphen), `numberLines` lines of numbers under each name (0:
 * the numbers sit beside the first line, `insetOf` keeping their room). `spacing` scales the distance
 * between lines and the least width of a channel (never the type).
 */
export function figureMetrics(
  fonts: MapFonts,
  rect: Rect,
  laneNotes: boolean,
  spacing = 1,
  numberLines = 1,
  insetOf?: (serviceId: string) => number,
): LayoutMetrics {
  const countLine = countLineOf(fonts);
  return {
    measure: textWidth,
    nameSize: fonts.service,
    laneSize: fonts.laneLabel,
    laneNoteSize: laneNotes ? fonts.laneNote : undefined,
    leading: LEADING,
    boxWidth: 0,
    fitWidth: rect.width,
    fitHeight: rect.height,
    breakWords: true,
    padX: PAD,
    padY: PAD * 0.6,
    nameInset: 0,
    insetOf,
    infoHeight:
      numberLines === 0
        ? Math.max(0, countLine - fonts.service * LEADING)
        : NUMBERS_GAP + numberLines * countLine,
    minBoxHeight: 0,
    lanePad: LANE_PAD,
    pitch: FIGURE_PITCH * spacing,
    minChannel: 3 * spacing,
    laneGap: 1.2,
    corner: 0.8,
  };
}

/**
 * A box's numbers: the longest forms of count and badge that share one line of the box's width; else
 * the longest that fit on two lines (the count, then the badge).
 */
function chooseNumbers(
  n: BoxNumbers,
  inner: number,
  fonts: MapFonts,
  beside: { firstWord: number } | null,
): Pick<ServiceBox, 'count' | 'badge' | 'numbers'> & { inset: number } {
  const countLine = countLineOf(fonts);
  const cw = (t: string) => (t === '' ? 0 : textWidth(t, fonts.count) + GAP);
  const bw = (t: string | null) => (t === null ? 0 : badgeSize(t, fonts.badge, countLine).width + GAP);
  const badges = n.badge ?? [null];
  if (beside) {
    // Beside the name: the longest forms that leave room for its first word, else the shortest.
    let last = { count: '', badge: null as string | null, inset: 0 };
    for (const count of n.count)
      for (const badge of badges) {
        const inset = cw(count) + bw(badge);
        last = { count, badge, inset };
        if (inset + beside.firstWord <= inner) return { ...last, numbers: 'beside' };
      }
    return { ...last, numbers: 'beside' };
  }
  for (const count of n.count)
    for (const badge of badges)
      if (cw(count) + bw(badge) - GAP <= inner) return { count, badge, numbers: 'line', inset: 0 };
  const count = n.count.find((c) => cw(c) - GAP <= inner) ?? n.count[n.count.length - 1] ?? '';
  const badge = badges.find((b) => bw(b) - GAP <= inner) ?? badges[badges.length - 1] ?? null;
  return { count, badge, numbers: badge === null || count === '' ? 'line' : 'stacked', inset: 0 };
}

export interface MapOptions {
  readonly laneNotes: boolean;
  /** Scale of the spacing of lines and channels (1: the figure's own). */
  readonly spacing?: number | undefined;
  /** The numbers beside the name's first line rather than under the name. */
  readonly beside?: boolean | undefined;
  /** Name lines at most (the last ending in "…"); by default names are whole. */
  readonly maxNameLines?: number | undefined;
  /** The placement of the services (the loaded pathway's); by default `serviceSlots(pathway)`. */
  readonly slots?: ServiceSlots | undefined;
}

/**
 * Lays the pathway out as the app's map does, with the same engine and the same grid (`serviceSlots`):
 * one lane per level, left to right, services in rows aligned across lanes, names wrapped in full,
 * every line routed through the channels, never under a box. The lines are the figure's own (its
 * observed moves and untaken routes); lines of another group (off-pathway moves) run beside a route
 * between the same services. Each box shows its numbers in the longest forms its width allows.
 */
export function layoutMap(
  pathway: Pathway,
  rect: Rect,
  fonts: MapFonts,
  lines: readonly LineSpec[],
  numbers: (serviceId: string) => BoxNumbers = () => ({ count: [''], badge: null }),
  options: MapOptions = { laneNotes: true },
): MapGeometry {
  const specs = lines.map((l, i) => ({
    id: String(i),
    from: l.from,
    to: l.to,
    group: l.kind === 'off' ? 'off' : undefined,
  }));
  const run = (numberLines: number, insetOf?: (id: string) => number) =>
    pathwayLayout(
      pathway,
      specs,
      {
        ...figureMetrics(fonts, rect, options.laneNotes, options.spacing, numberLines, insetOf),
        maxNameLines: options.maxNameLines,
      },
      { slots: options.slots },
    );
  let layout = run(options.beside ? 0 : 1);
  // Box widths do not depend on the room under or beside the names: the choice holds for a second run.
  const inner = (layout.boxes.values().next().value?.width ?? 0) - 2 * PAD;
  const firstWord = (label: string) => textWidth(label.trim().split(/\s+/)[0] ?? '', fonts.service, true);
  const chosen = new Map<string, ReturnType<typeof chooseNumbers>>(
    pathway.services.map((s) => [
      s.id,
      chooseNumbers(numbers(s.id), inner, fonts, options.beside ? { firstWord: firstWord(s.label) } : null),
    ]),
  );
  if (options.beside) layout = run(0, (id) => chosen.get(id)?.inset ?? 0);
  else if ([...chosen.values()].some((c) => c.numbers === 'stacked')) layout = run(2);
  const boxes = new Map<string, ServiceBox>();
  for (const b of layout.boxes.values()) {
    const {
      count,
      badge,
      numbers: where,
    } = chosen.get(b.id) ?? {
      count: '',
      badge: null,
      numbers: 'line' as const,
    };
    boxes.set(b.id, { ...b, labelLines: b.nameLines, count, badge, numbers: where });
  }
  return {
    width: layout.width,
    height: layout.height,
    lanes: layout.lanes,
    boxes,
    lines: moveGeometry(lines, layout),
    countLine: countLineOf(fonts),
    layout,
  };
}
