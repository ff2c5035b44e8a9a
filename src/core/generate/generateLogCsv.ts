import { activities } from '../pathway/types.ts';
import { seededRandom } from './random.ts';

/** Services of a made-up local system, with names as long as real ones, in the order journeys tend to take. */
const SERVICE_NAMES = [
  'Primary school pastoral team',
  'Secondary school safeguarding lead',
  'GP practice (primary care)',
  'School nursing service',
  'Health visiting service',
  'Youth club and detached youth work',
  'Voluntary sector counselling service',
  'Online counselling and self-help platform',
  'Community police and youth offending service',
  'Family hub and early help assessment team',
  'Mental health support team in schools',
  'Educational psychology service',
  'Special educational needs coordinator',
  'Community paediatrics (neurodevelopmental assessment)',
  'Speech and language therapy',
  'Children and young people wellbeing practitioners',
  'Targeted youth support and mentoring',
  'Multi-agency safeguarding hub',
  'Children’s social care assessment team',
  'Child in need and child protection teams',
  'Looked after children health team',
  'Community child and adolescent mental health service',
  'Eating disorders service for children and young people',
  'Learning disability and autism keyworker service',
  'Substance misuse service for young people',
  'Sexual health and wellbeing service for young people',
  'Crisis resolution and home treatment team',
  'All-age crisis telephone line',
  'NHS 111 mental health option',
  'Emergency department (paediatric)',
  'Paediatric liaison psychiatry',
  'Children’s ward (general paediatrics)',
  'Section 136 place of safety',
  'Intensive community support team',
  'Adolescent day unit',
  'Tier 4 general adolescent inpatient unit',
  'Psychiatric intensive care unit (young people)',
  'Secure welfare placement',
  'Transition to adult mental health services',
  'Discharge and step-down support team',
] as const;

const CONCERNS = ['self harm', 'low mood', 'anxiety', 'eating', 'school attendance', 'family conflict'];

export interface GenerateLogOptions {
  readonly journeys: number;
  readonly seed: number;
  /** How many services the log names (at most 40). */
  readonly services?: number;
}

/**
 * A synthetic event log with no pathway yet (CONTRACT §2 columns, services given by name), for
 * `pathway-lens discover`, its tests and the layout's benchmarks: `services` services with long,
 * realistic names; each journey walks forward through them with a drift (so that discovery finds
 * levels from start to end), now and then stepping back, about eight events long. The same seed always
 * gives the same text.
 */
export function generateLogCsv(options: GenerateLogOptions): string {
  const random = seededRandom(options.seed);
  const n = Math.min(SERVICE_NAMES.length, Math.max(2, options.services ?? SERVICE_NAMES.length));
  const names = SERVICE_NAMES.slice(0, n);
  const lines = ['journey_id,date,service,activity,concerns'];
  const start = Date.UTC(2020, 0, 1);
  for (let j = 0; j < options.journeys; j++) {
    let at = Math.floor(random() * Math.min(8, n));
    let day = Math.floor(random() * 365);
    const length = 4 + Math.floor(random() * 9);
    for (let k = 0; k < length; k++) {
      const activity = k === 0 ? 'concern' : activities[Math.floor(random() * activities.length)];
      const concern =
        k === 0 || random() < 0.3 ? (CONCERNS[Math.floor(random() * CONCERNS.length)] ?? '') : '';
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      lines.push(`J${String(j + 1)},${date},"${names[at] ?? ''}",${activity ?? 'contact'},${concern}`);
      day += 1 + Math.floor(random() * 40);
      const step = random() < 0.2 ? -1 - Math.floor(random() * 3) : 1 + Math.floor(random() * 5);
      at = Math.min(n - 1, Math.max(0, at + step));
    }
  }
  return `${lines.join('\n')}\n`;
}
