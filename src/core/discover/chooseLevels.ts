import type { Level, LevelId } from '../pathway/types.ts';

/**
 * The swimlanes of a discovered pathway: five bands of "how far into a journey" a service's events
 * typically come (the median of their relative positions, 0 = a journey's first row, 1 = its last).
 * A log names no tiers, but where a service sits along the journeys is what the Coventry levels also
 * follow (universal first, crisis and inpatient last), so the draft reads left to right the same way
 * and a commissioner renames and regroups the lanes in the editor. Empty bands are left out.
 */
const BANDS = [
  { id: 'start', label: 'Where journeys start', upTo: 0.2 },
  { id: 'early', label: 'Early in journeys', upTo: 0.4 },
  { id: 'middle', label: 'Midway through journeys', upTo: 0.6 },
  { id: 'later', label: 'Later in journeys', upTo: 0.8 },
  { id: 'end', label: 'Where journeys end', upTo: Infinity },
] as const;

export interface ChosenLevels {
  readonly levels: Level[];
  /** The level of each service (same order as the positions given). */
  readonly levelOf: LevelId[];
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Levels from each service's median position (NaN, for a service with no events, counts as 0). */
export function chooseLevels(medianPosition: ArrayLike<number>): ChosenLevels {
  const bandOf = Array.from({ length: medianPosition.length }, (_, i) => {
    const m = medianPosition[i] ?? NaN;
    const p = Number.isNaN(m) ? 0 : m;
    return BANDS.findIndex((b) => p < b.upTo);
  });
  const used = BANDS.filter((_, k) => bandOf.includes(k));
  const levels: Level[] = used.map((b) => {
    const k = BANDS.indexOf(b);
    const from = k === 0 ? 0 : (BANDS[k - 1]?.upTo ?? 0);
    const to = Number.isFinite(b.upTo) ? b.upTo : 1;
    return {
      id: b.id as LevelId,
      label: b.label,
      description: `Discovered: services whose events come, at the median, ${percent(from)} to ${percent(to)} of the way through a journey. Rename or regroup to suit.`,
    };
  });
  return { levels, levelOf: bandOf.map((k) => (BANDS[k]?.id ?? 'start') as LevelId) };
}
