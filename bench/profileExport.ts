import type { Pathway } from '../src/core/pathway/types.ts';
import type { ImportProfile } from '../src/core/profile/profileSchema.ts';

/**
 * A generated §2 cohort rewritten as a user's own export, for the benchmark of an import through a
 * profile: its own column names, day-first dates with a time of day in Europe/London, team names for
 * services, words for activities and concern labels separated by semicolons (some labels have commas). Returns the text and the
 * profile that reads it back as the same cohort.
 */
export function asExport(csv: string, pathway: Pathway): { text: string; profile: ImportProfile } {
  const team = (id: string) => `${pathway.services.find((s) => s.id === id)?.label ?? id} team`;
  const word = (a: string) => `${a.charAt(0).toUpperCase()}${a.slice(1).replace(/_/g, ' ')}`;
  const concernLabel = new Map(pathway.concerns.map((c) => [c.id as string, c.label]));
  const lines = csv.split('\n');
  const out: string[] = ['Pseudo ID,Event date,Team,Contact type,Presenting needs,Age band'];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const [journey = '', date = '', service = '', activity = '', concerns = '', age = ''] = line.split(',');
    const [y, m, d] = date.split('-');
    const time = `${d}/${m}/${y} ${String(9 + (i % 8)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
    const needs =
      concerns === ''
        ? ''
        : `"${concerns
            .split(';')
            .map((c) => concernLabel.get(c) ?? c)
            .join('; ')}"`;
    out.push(`${journey},${time},${team(service)},${word(activity)},${needs},${age}`);
  }
  const services = Object.fromEntries(pathway.services.map((s) => [team(s.id), s.id]));
  const concerns = Object.fromEntries(pathway.concerns.map((c) => [c.label, c.id]));
  return {
    text: `${out.join('\n')}\n`,
    profile: {
      profile: 1,
      columns: { journey: 'Pseudo ID', time: 'Event date', service: 'Team', activity: 'Contact type' },
      time: { format: 'dd/MM/yyyy HH:mm', zone: 'Europe/London' },
      services,
      concerns: { column: 'Presenting needs', separator: ';', values: concerns },
      keep: ['Age band'],
    },
  };
}
