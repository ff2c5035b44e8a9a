import { fail, ok, problem, type Problem, type Result } from '../problems.ts';
import { parseJsonFile, schemaProblem, showJson } from '../schemaProblems.ts';
import { importProfileSchema, type ImportProfile } from './profileSchema.ts';
import { TimeReader } from './timeReader.ts';
import { clashingKeys, fallbackOf } from './valueMap.ts';
import { isTimeZone } from './zoneOffsets.ts';

const CODES = { type: 'PL421', value: 'PL424' } as const;

/** The time formats of a profile, as a list (none: ISO 8601). */
export function profileFormats(p: ImportProfile): string[] {
  const f = p.time?.format;
  return f === undefined ? [] : typeof f === 'string' ? [f] : [...f];
}

/**
 * Validates a parsed import profile (CONTRACT §5) on its own, without the file or the pathway it will
 * read: the schema, then what one field says about another (a time column or a day column; a start or a
 * lifecycle column, not both; formats and zone; value maps whose keys are the same value; `"*"` words).
 * Column names and target ids are checked when the profile meets a file and a pathway (bindProfile).
 * Problems are `file: field: message` (PL421 a missing or mistyped field, PL424 a value not allowed).
 */
export function validateProfile(input: unknown, file?: string): Result<ImportProfile> {
  const parsed = importProfileSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => schemaProblem(i, input, file, CODES)));
  const p = parsed.data;
  const problems: Problem[] = [];
  const say = (column: string, message: string, code: 'PL421' | 'PL424' = 'PL424') =>
    problems.push(problem(code, message, { file, column }));
  const c = p.columns;
  if (c.time === undefined && c.day === undefined)
    say(
      'columns',
      'needs "time" (the column of dates or date-times) or "day" (integer day offsets).',
      'PL421',
    );
  if (c.time !== undefined && c.day !== undefined)
    say('columns.day', 'give "time" (dates or date-times) or "day" (integer day offsets), not both.');
  if (c.start !== undefined && c.time === undefined)
    say(
      'columns.start',
      'a start column needs "time" (the complete time) too: an interval is read from dates.',
    );
  if (c.start !== undefined && c.lifecycle !== undefined)
    say(
      'columns.start',
      'give "start" (one row per activity, with its start and complete times) or "lifecycle" (start and complete rows), not both.',
    );
  if (c.instance !== undefined && c.lifecycle === undefined)
    say(
      'columns.instance',
      'an instance column pairs the start and complete rows of "lifecycle": map that too.',
    );
  if (c.activity === undefined && p.activities === undefined)
    say(
      'activities',
      'with no activity column, "activities" must say which activity each service value is (keyed by the values of columns.service), or give one for all with "*".',
      'PL421',
    );
  if (p.time !== undefined && c.day !== undefined)
    say('time', 'time formats read a date column (columns.time); columns.day holds integer day offsets.');
  const zone = p.time?.zone ?? 'UTC';
  if (!isTimeZone(zone))
    say('time.zone', `${showJson(zone)} is not an IANA time zone; give one such as Europe/London or UTC.`);
  const formats = profileFormats(p);
  const compiled = TimeReader.compile(formats, 'UTC');
  if ('error' in compiled) {
    const at = typeof p.time?.format === 'string' ? 'time.format' : `time.format[${compiled.index}]`;
    say(at, `${showJson(formats[compiled.index])}: ${compiled.error}`);
  }
  const maps: readonly [string, Readonly<Record<string, string>> | undefined, readonly string[]][] = [
    ['services', p.services, ['error', 'drop']],
    ['activities', p.activities, ['error', 'drop']],
    ['concerns.values', p.concerns?.values, ['error', 'drop', 'ignore']],
  ];
  for (const [name, spec, words] of maps) {
    if (!spec) continue;
    for (const [a, b] of clashingKeys(spec))
      say(
        name,
        `the keys ${showJson(a)} and ${showJson(b)} are the same value (values are matched ignoring case and spaces); keep one.`,
      );
    const star = spec['*'];
    const fb = fallbackOf(star);
    if (fb.kind === 'ignore' && !words.includes('ignore'))
      say(`${name}["*"]`, `"ignore" is for concern values only; allowed here: ${words.join(', ')} or an id.`);
  }
  if (p.concerns && p.concerns.separator !== undefined && p.concerns.separator.trim() === '')
    say(
      'concerns.separator',
      'must not be only spaces; give the characters between values, such as "," or ";".',
    );
  return problems.length > 0 ? fail(problems) : ok(p);
}

/** Parses the text of a `*.profile.json` file, then validates it. */
export function parseProfile(text: string, file?: string): Result<ImportProfile> {
  const json = parseJsonFile(text, file, 'PL420');
  return json.ok ? validateProfile(json.value, file) : json;
}
