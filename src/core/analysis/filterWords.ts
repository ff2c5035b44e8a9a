import type { Pathway } from '../pathway/types.ts';
import type { JourneyFilter } from './journeyMask.ts';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** A column name as words: "age_band" → "age band". */
const columnWords = (name: string) => name.replace(/[_-]+/g, ' ').trim();

/** "a", "a or b", "a, b or c". */
function either(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] as string}`;
}

/**
 * A filter in words, one phrase per criterion, as a figure's data note states it: "concerns: self-harm
 * or low mood", "age band: 14-15", "reached crisis: yes", "missed early-intervention points: yes",
 * "through School", "a chosen set of journeys". Empty for no filter. Concern and service ids become
 * their labels in the pathway.
 */
export function filterWords(filter: JourneyFilter | undefined, pathway: Pathway): string[] {
  if (!filter) return [];
  const out: string[] = [];
  const concerns = filter.concerns ?? [];
  if (concerns.length > 0) {
    const label = (id: string) => pathway.concerns.find((c) => c.id === id)?.label ?? id;
    out.push(`${concerns.length === 1 ? 'concern' : 'concerns'}: ${either(concerns.map(label))}`);
  }
  for (const [name, values] of Object.entries(filter.attributes ?? {})) {
    if (values.length > 0) out.push(`${columnWords(name)}: ${either(values)}`);
  }
  if (filter.reachedCrisis !== undefined) out.push(`reached crisis: ${yesNo(filter.reachedCrisis)}`);
  if (filter.withMissedPoints !== undefined)
    out.push(`missed early-intervention points: ${yesNo(filter.withMissedPoints)}`);
  if (filter.service !== undefined) {
    const s = pathway.services.find((x) => x.id === filter.service);
    out.push(`through ${s?.label ?? filter.service}`);
  }
  // How many journeys the set holds is the figure's count of journeys, disclosed there.
  if (filter.journeys !== undefined) out.push('a chosen set of journeys');
  return out;
}
