/**
 * The catalogue of problems a user can see. Each has a stable code (users and scripts may match on it)
 * and a plain-English message that says what was wrong and how to fix it. Core code never throws for
 * bad input: it returns problems, and the UI, worker and command line decide how to show them.
 */
export const problemCodes = {
  PL100: 'The pathway file is not valid JSON.',
  PL101: 'A pathway field is missing or has the wrong type.',
  PL102: 'Two entries of a pathway list share one id.',
  PL103: 'A pathway entry refers to an id that the pathway does not define.',
  PL104: 'A pathway value is not one of the allowed values.',
  PL200: 'The cohort file is empty or has no rows.',
  PL201: 'A required column is missing from the cohort file.',
  PL202: 'A cohort cell has a value that is not allowed.',
  PL203: 'The cohort file cannot be read in this format.',
  PL204: 'The cohort file is larger than the limit.',
  PL205: 'Too many problems: the rest were not listed.',
  PL210:
    'Rows were left out or read in a particular way, as the import profile says (a warning, not an error).',
  PL300: 'The cohort looks as if it contains identifying data.',
  PL400: 'The split does not divide the cohort into groups to compare.',
  PL410: 'The aggregate overlay file is not valid JSON.',
  PL411: 'An aggregate overlay field is missing or has the wrong type.',
  PL412: 'The aggregate overlay does not fit the pathway it is opened with.',
  PL413: 'The events table has values that the rule cannot read.',
  PL420: 'The import profile is not valid JSON.',
  PL421: 'An import profile field is missing or has the wrong type.',
  PL422: 'An import profile names a column that the file does not have.',
  PL423: 'An import profile maps a value to an id that the pathway does not define.',
  PL424: 'An import profile value is not one of the allowed values.',
} as const;

export type ProblemCode = keyof typeof problemCodes;

export interface Problem {
  readonly code: ProblemCode;
  /** Plain English: what is wrong and what is allowed. */
  readonly message: string;
  /** The file the problem is in, as the user named it. */
  readonly file?: string | undefined;
  /** Source row number, the header being row 1 (CSV), the array index + 2 (JSON), or the line (XML). */
  readonly row?: number | undefined;
  /** The column (CSV/JSON key/XES attribute) or the field path of a pathway (e.g. `routes[3].to`). */
  readonly column?: string | undefined;
}

export function problem(
  code: ProblemCode,
  message: string,
  where: { file?: string | undefined; row?: number | undefined; column?: string | undefined } = {},
): Problem {
  return { code, message, ...where };
}

/** `file:row: column: message`, the form the command line prints and the UI lists. */
export function formatProblem(p: Problem): string {
  const loc = [p.file ?? '<input>', p.row !== undefined ? String(p.row) : undefined]
    .filter(Boolean)
    .join(':');
  return `${loc}: ${p.column ? `${p.column}: ` : ''}${p.message} [${p.code}]`;
}

/** A result that is either a value or a non-empty list of problems. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(problems: Problem[]): Result<T> => ({ ok: false, problems });
