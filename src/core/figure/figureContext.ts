import type { DisclosedSummary } from '../disclosure/disclose.ts';
import type { DisclosedCount } from '../disclosure/suppressCount.ts';
import type { FigureInput } from './figureTypes.ts';
import type { Words } from './figureWords.ts';

/** What every part of the figure is drawn from: the input, its disclosed numbers and its words. */
export interface FigureContext {
  readonly input: FigureInput;
  readonly d: DisclosedSummary;
  readonly words: Words;
  /** A4 portrait or the screen column: the key and notes run across the page, not beside each other. */
  readonly portrait: boolean;
  /** The screen column (`FigureSize` 'column'): one column of notes, the page as tall as its content. */
  readonly column: boolean;
  readonly page: { readonly width: number; readonly height: number };
  /** Stroke width of a move line for a disclosed count of journeys. */
  readonly width: (c: DisclosedCount) => number;
  readonly disclosureText: string;
  readonly captionText: string;
  readonly noteText: string;
}
