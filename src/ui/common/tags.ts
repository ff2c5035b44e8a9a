import { CRISIS, EARLY_INTERVENTION } from '../../core/pathway/types.ts';

/** A tag as people read it: `early-intervention` → `early intervention`. */
export function tagText(tag: string): string {
  return tag.replace(/[-_]+/g, ' ').trim();
}

/** The tags that get a badge of their own shape, first; the rest in file order. */
export function orderedTags(tags: readonly string[]): string[] {
  const rank = (t: string) => (t === EARLY_INTERVENTION ? 0 : t === CRISIS ? 1 : 2);
  return [...new Set(tags)].sort((a, b) => rank(a) - rank(b));
}

/** The tags a node shows as badges: early intervention and crisis, the two the analysis rests on. */
export function keyTags(tags: readonly string[]): string[] {
  return orderedTags(tags).filter((t) => t === EARLY_INTERVENTION || t === CRISIS);
}
