/**
 * The look of the board-paper figure. Lengths are millimetres on the printed A4 page (the SVG's user
 * unit); font sizes too (1 pt = 0.3528 mm), and none is below 8 pt (`MIN_FONT`), so that a printed page
 * is legible. Every text colour has a contrast of at least 4.5:1 against every background it sits on
 * (white, the lane fills, the badge's red; a test checks them).
 */
export const FONT_FAMILY = 'DejaVu Sans, Arial, Helvetica, sans-serif';

export const pt = (points: number): number => points * 0.3528;

/** The smallest type on the page: 8 pt. */
export const MIN_FONT = pt(8);

export const fontSize = {
  title: pt(14),
  subtitle: pt(9),
  headline: pt(9.5),
  laneLabel: pt(8),
  laneNote: pt(8),
  service: pt(8),
  count: pt(8),
  badge: pt(8),
  moveLabel: pt(8),
  legend: pt(8),
  caption: pt(8),
  note: pt(8),
} as const;

/** Line height as a multiple of the font size. */
export const LEADING = 1.25;

export const colour = {
  text: '#1a1a1a',
  muted: '#555555',
  laneFill: ['#f3f5f7', '#eceff3', '#e6eaef', '#e0e5eb', '#dae0e7'] as readonly string[],
  boxFill: '#ffffff',
  boxStroke: '#6b6b6b',
  /** Early-intervention services have a heavier, darker outline. */
  earlyStroke: '#1a1a1a',
  unusedStroke: '#a8a8a8',
  /** Missed early-intervention points: the mark the eye should land on first. */
  missed: '#b2182b',
  move: '#44739c',
  offPathway: '#6a3d9a',
  untaken: '#c4c4c4',
  warning: '#8a1c1c',
  warningFill: '#fdecea',
  synthetic: '#7a4b00',
  syntheticFill: '#fff4de',
} as const;

export const stroke = {
  box: 0.25,
  early: 0.6,
  untaken: 0.2,
  /** Widest observed move and the thinnest one that still prints. */
  moveMax: 1.25,
  moveMin: 0.25,
  dash: '1.6 0.9',
} as const;

/** The page's margin: room for any printer's unprintable edge. */
export const MARGIN = 8;
