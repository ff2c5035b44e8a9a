import type { TextMeasure } from '../text/textMetrics.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** A line to route between two services: a route of the pathway, or a move a cohort made off it. */
export interface LayoutEdgeSpec {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /**
   * Specs of one group between the same two services in the same direction share one line; another
   * group gets a line of its own beside it (e.g. the trainer's hypothetical path beside the route).
   */
  readonly group?: string | undefined;
}

/**
 * The sizes the layout works in. Every length is in one unit, whatever it is: CSS pixels for the app's
 * map, millimetres for the board-paper figure. The same pathway laid out with two sets of metrics has
 * the same grid and the same routes, only drawn at other sizes.
 */
export interface LayoutMetrics {
  readonly measure: TextMeasure;
  /** Font size of a service's name (bold). */
  readonly nameSize: number;
  /** Font size of a lane's name (bold). */
  readonly laneSize: number;
  /** Font size of a lane's note (its THRIVE grouping) under its name; none: no notes. */
  readonly laneNoteSize?: number | undefined;
  /** Line height, as a multiple of the font size. */
  readonly leading: number;
  /** Width of a service box, unless `fitWidth` is given. */
  readonly boxWidth: number;
  /** Total width to fill: boxes share what the channels leave. */
  readonly fitWidth?: number | undefined;
  /** Height to fill, when the layout is shorter: the channels between rows take the rest (up to 4 pitches each). */
  readonly fitHeight?: number | undefined;
  readonly padX: number;
  readonly padY: number;
  /** Room kept free at the right of a name's first line (for a badge). */
  readonly nameInset: number;
  /** That room for one service, when it differs between boxes (the figure's numbers beside a name). */
  readonly insetOf?: ((serviceId: string) => number) | undefined;
  /**
   * Boxes may be narrower than a name's longest word, which then breaks with a hyphen (never cut): for
   * a page whose width is fixed. Otherwise a box is at least as wide as the longest word.
   */
  readonly breakWords?: boolean | undefined;
  /**
   * Name lines at most, the last ending in "…": only for a page that cannot hold every name whole (the
   * figure's densest setting, which says so and gives the names in full in its CSV). The map never cuts.
   */
  readonly maxNameLines?: number | undefined;
  /** Height kept under the name for the overlay (journeys, missed points). */
  readonly infoHeight: number;
  readonly minBoxHeight: number;
  /** Padding around a lane's name in its header. */
  readonly lanePad: number;
  /** Distance between two parallel lines, and between two lines meeting a box side. */
  readonly pitch: number;
  /** Smallest width of a channel between columns and height of one between rows. */
  readonly minChannel: number;
  /** Space between the backgrounds of two lanes. */
  readonly laneGap: number;
  /** Radius of a line's corners. */
  readonly corner: number;
}

export interface LayoutBox extends Rect {
  readonly id: string;
  /** Index of the service in `pathway.services`. */
  readonly index: number;
  readonly lane: number;
  readonly column: number;
  readonly row: number;
  /** The full name, wrapped to the box: never cut, the box grows instead. */
  readonly nameLines: readonly string[];
}

export interface LayoutLane extends Rect {
  readonly id: string;
  readonly index: number;
  readonly labelLines: readonly string[];
  /** The level's THRIVE note, wrapped, when the metrics ask for notes. */
  readonly noteLines: readonly string[];
}

export interface LayoutEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Corners of an orthogonal line, from the source's side to the target's side. */
  readonly points: readonly Point[];
  /** SVG path data of the line, corners rounded. */
  readonly path: string;
  readonly sourceSide: Side;
  readonly targetSide: Side;
}

export interface Band {
  /** Left (columns) or top (rows) edge. */
  readonly start: number;
  readonly size: number;
}

export interface PathwayLayout {
  readonly width: number;
  readonly height: number;
  /** Height of the lanes' headers (their names), above the first channel. */
  readonly header: number;
  readonly lanes: readonly LayoutLane[];
  readonly boxes: ReadonlyMap<string, LayoutBox>;
  /** By the id of each edge spec; specs between the same two services in the same direction share one line. */
  readonly edges: ReadonlyMap<string, LayoutEdge>;
  readonly columns: readonly Band[];
  readonly rows: readonly Band[];
  /** Channels between columns (the first left of column 0) and between rows (the first above row 0). */
  readonly verticalChannels: readonly (Band & { readonly tracks: number })[];
  readonly horizontalChannels: readonly (Band & { readonly tracks: number })[];
  readonly metrics: LayoutMetrics;
}
