import { slugId } from '../discover/slugId.ts';
import type { Pathway } from '../pathway/types.ts';

/**
 * What the pathway editor edits: the pathway, and for each service and concern a key that never changes
 * while it is edited (its id when the editing began, or `new:N` for one added since). The keys tell the
 * cohort worker which of its loaded cohort's services and concerns each new entry is, so a rename or a
 * move keeps the cohort's events where they were. Plain data: the editor's history keeps old drafts.
 */
export interface EditDraft {
  readonly pathway: Pathway;
  readonly serviceKeys: readonly string[];
  readonly concernKeys: readonly string[];
  /** The next number for a `new:N` key. */
  readonly nextKey: number;
}

/** The draft of a pathway as it is when editing begins: every key is the entry's id. */
export function draftOf(pathway: Pathway): EditDraft {
  return {
    pathway,
    serviceKeys: pathway.services.map((s) => s.id),
    concernKeys: pathway.concerns.map((c) => c.id),
    nextKey: 1,
  };
}

/**
 * An id of the schema's form made from a label (`Crisis team` → `crisis_team`), unique among `taken`
 * (`_2`, `_3`, … added when needed); `fallback` when the label has no letter or digit.
 */
export function freshId(label: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const slug = slugId(label);
  const base = slug === '' ? fallback : /^[0-9]/.test(slug) ? `s_${slug}` : slug;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${String(n)}`;
  return id;
}

/** A copy of `list` with item `from` moved to index `to` (clamped). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item);
  return out;
}

/**
 * What of a draft the analysis of a cohort depends on: the services' ids, levels, tags and targets, the
 * routes, the concern ids and the keys. Names, agencies, descriptions, audit notes, the order within a
 * level and the pathway's title change only what the page draws, so an edit of those needs no new
 * analysis (typing a name does not re-analyse a million events at every key).
 */
export function analysisKeyOf(d: EditDraft): string {
  const p = d.pathway;
  return JSON.stringify([
    p.services.map((s) => [s.id, s.level, s.tags, s.targets ?? null]),
    p.routes,
    p.concerns.map((c) => c.id),
    d.serviceKeys,
    d.concernKeys,
  ]);
}
