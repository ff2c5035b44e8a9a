import {
  activities,
  CRISIS,
  EARLY_INTERVENTION,
  type Activity,
  type Pathway,
  type Route,
} from '../pathway/types.ts';
import { seededRandom } from './random.ts';

export interface GenerateOptions {
  readonly journeys: number;
  readonly seed: number;
  /** First day of the cohort's period (ISO date). */
  readonly startDate?: string;
}

const DAY_MS = 86_400_000;
const ageBands = ['8-10', '11-13', '14-15', '16-17'] as const;

/**
 * Writes a synthetic cohort for a pathway as CSV (CONTRACT §2), in chunks of lines, for tests and
 * benchmarks. Each journey starts with a concern at an early-intervention service and wanders along the
 * pathway's routes (with an occasional off-pathway move, missed appointment and delay), about ten events
 * long, most reaching a crisis service. The same seed always gives the same file.
 */
export function* generateCohortCsv(pathway: Pathway, options: GenerateOptions): Generator<string> {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.parse(options.startDate ?? '2019-01-01');
  const dates = new Map<number, string>();
  const date = (day: number) => {
    let s = dates.get(day);
    if (s === undefined) dates.set(day, (s = new Date(start + day * DAY_MS).toISOString().slice(0, 10)));
    return s;
  };
  const early = pathway.services
    .filter((s) => s.tags.includes(EARLY_INTERVENTION))
    .map((s) => s.id as string);
  const crisis = new Set(pathway.services.filter((s) => s.tags.includes(CRISIS)).map((s) => s.id as string));
  const routesFrom = new Map<string, Route[]>();
  for (const r of pathway.routes) routesFrom.set(r.from, [...(routesFrom.get(r.from) ?? []), r]);
  const crisisEntry = pathway.services.filter((s) => crisis.has(s.id)).map((s) => s.id as string);
  const services = pathway.services.map((s) => s.id as string);
  const concerns = pathway.concerns.map((c) => c.id as string);
  const starts = early.length > 0 ? early : services;
  const ordinary: Activity[] = ['contact', 'assessment', 'intervention', 'concern'];
  const width = String(options.journeys).length;

  yield 'journey_id,date,service,activity,concerns,age_band\n';
  let chunk = '';
  for (let j = 0; j < options.journeys; j++) {
    const id = `G${String(j + 1).padStart(width, '0')}`;
    const age = pick(ageBands);
    let day = Math.floor(random() * 365);
    let at = pick(starts);
    const length = 6 + Math.floor(random() * 9); // 6–14 events, about 10 on average
    const worry = [
      pick(concerns),
      ...(random() < 0.6 && concerns.includes('parental_conflict') ? ['parental_conflict'] : []),
    ];
    const line = (service: string, activity: Activity, c: readonly string[]) => {
      chunk += `${id},${date(day)},${service},${activity},${[...new Set(c)].join(';')},${age}\n`;
    };
    line(at, 'concern', worry);
    for (let k = 1; k < length; k++) {
      day += Math.max(0, Math.round(-Math.log(1 - random()) * 25));
      const options = routesFrom.get(at) ?? [];
      const late = k >= length - 2;
      let to: string;
      let activity: Activity;
      if (late && !crisis.has(at) && random() < 0.75) {
        to = pick(crisisEntry);
        activity = 'contact';
      } else if (options.length > 0 && random() < 0.85) {
        const r = pick(options);
        to = r.to;
        activity = r.activity ?? pick(ordinary);
      } else {
        to = pick(services);
        activity = pick(activities);
      }
      if (random() < 0.06) activity = 'did_not_attend';
      const concerned = early.includes(to) && random() < 0.6;
      line(to, activity, concerned ? [pick(concerns)] : []);
      at = to;
    }
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
