import type { TextMeasure } from '../../core/text/textMetrics.ts';
import type { LayoutMetrics } from '../../core/layout/layoutTypes.ts';

/**
 * The map's sizes in flow units (padX and padY include the box's border, up to 3 px when selected) (CSS pixels at zoom 1), for `pathwayLayout`. The type sizes are the
 * CSS's (overlay.css, styles.css: `--map-scale` multiplies them): a service name is 14 px bold with a
 * line height of 1.2, and its box keeps 42 px under the name for the agency and badges, or the journeys
 * and the missed-points marker (63 px for three rows: the time view's wait, marker and target). `scale`
 * enlarges everything (the presentation scale).
 */
export function mapMetrics(measure: TextMeasure, scale = 1, infoRows: 2 | 3 = 2): LayoutMetrics {
  return {
    measure,
    nameSize: 14 * scale,
    laneSize: 14 * scale,
    leading: 1.2,
    boxWidth: 176 * scale,
    padX: 13 * scale,
    padY: 8 * scale,
    nameInset: 22 * scale,
    infoHeight: (infoRows === 3 ? 63 : 42) * scale,
    minBoxHeight: 66 * scale,
    lanePad: 7 * scale,
    pitch: 7 * scale,
    minChannel: 26 * scale,
    laneGap: 6 * scale,
    corner: 4 * scale,
  };
}

/** The type of labels on lines (counts, "off pathway", step numbers): 14 px bold, 1.5 px border, 6 px sides. */
export const labelStyle = { size: 14, padX: 6, border: 1.5, lineHeight: 1.3 } as const;

/** The outer size of a label on a line, as the CSS draws it, for placing it without overlap. */
export function labelSize(
  text: string,
  measure: TextMeasure,
  scale = 1,
  extra = 0,
): { width: number; height: number } {
  const size = labelStyle.size * scale;
  return {
    width: Math.ceil(
      measure(text, size, true) + 2 * (labelStyle.padX + labelStyle.border) * scale + extra * scale,
    ),
    height: Math.ceil(size * labelStyle.lineHeight + 2 * labelStyle.border * scale + 2 * scale),
  };
}
