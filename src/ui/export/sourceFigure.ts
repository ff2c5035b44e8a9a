import type { DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import { buildCompareFigure } from '../../core/figure/buildCompareFigure.ts';
import { buildPathwayFigure } from '../../core/figure/buildPathwayFigure.ts';
import type { FigureSize, FigureView, PathwayFigure } from '../../core/figure/figureTypes.ts';
import type { FigureSource } from './figureInput.ts';

/** The dialog's choices for the figure: its title, page, what the map shows and disclosure control. */
export interface FigureChoicesValue {
  readonly title: string;
  readonly size: FigureSize;
  readonly view: FigureView;
  readonly disclosure: DisclosureSettings;
}

/**
 * The board-paper figure of a source with the dialog's choices: the single figure, or in compare mode
 * the "before / after" figure of the two groups on screen (always A4 landscape).
 */
export function sourceFigure(source: FigureSource, choices: FigureChoicesValue): PathwayFigure {
  const { pathway, parameters, cohortInfo, compare } = source;
  const { title, view, disclosure } = choices;
  if (compare)
    return buildCompareFigure({ pathway, parameters, cohortInfo, ...compare, title, view, disclosure });
  return buildPathwayFigure({
    pathway,
    summary: source.summary,
    parameters,
    cohortInfo,
    leadTimeJourneys: source.leadTimeJourneys,
    filter: source.filter,
    title,
    size: choices.size,
    view,
    disclosure,
  });
}
