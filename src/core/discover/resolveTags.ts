import { problem, type Problem } from '../problems.ts';
import { OTHER_ID } from './discoverOptions.ts';
import { valueKey } from './slugId.ts';

export interface TagTarget {
  readonly id: string;
  readonly label: string;
}

const shorten = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);

/**
 * The draft services that `--early` or `--crisis` name: by id, or by the log's own value (any case).
 * A value that merged into `other`, and a name that is neither, are problems that say what to do.
 */
export function resolveTags(
  names: readonly string[],
  services: readonly TagTarget[],
  merged: ReadonlySet<string>,
  option: string,
): { indices: number[]; problems: Problem[] } {
  const byId = new Map(services.map((s, i) => [s.id, i]));
  const byKey = new Map(services.map((s, i) => [valueKey(s.label), i]));
  const indices: number[] = [];
  const unknown: string[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const i = byId.get(name.trim()) ?? byKey.get(valueKey(name));
    if (i !== undefined) {
      if (!indices.includes(i)) indices.push(i);
    } else if (merged.has(valueKey(name))) {
      problems.push(
        problem(
          'PL104',
          `${shorten(name)} is one of the less frequent values merged into "${OTHER_ID}"; raise --max-services to keep it as a service of its own, or tag "${OTHER_ID}".`,
          { column: option },
        ),
      );
    } else unknown.push(name);
  }
  if (unknown.length > 0) {
    const ids = services.map((s) => s.id);
    const shown = ids.slice(0, 40).join(', ') + (ids.length > 40 ? ', …' : '');
    const what = unknown.length === 1 ? 'is not a service' : 'are not services';
    problems.push(
      problem(
        'PL104',
        `${unknown.map(shorten).join(', ')} ${what} of the discovered draft; give ids or the log's own values, separated by commas. Its services: ${shown}.`,
        { column: option },
      ),
    );
  }
  return { indices, problems };
}
