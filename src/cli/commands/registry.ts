/**
 * The commands of `pathway-lens`, each with its help text and a loader. A command's module is imported
 * only when it runs, so `analyse` never loads the PNG and PDF writers that `render` needs, and the process
 * starts fast. To add a command: a module in this folder exporting `run(argv)`, and an entry here.
 */
export interface CommandModule {
  /** Runs the command with the arguments after its name. */
  run(argv: readonly string[]): Promise<void>;
}

export interface Command {
  readonly help: string;
  readonly load: () => Promise<CommandModule>;
}

const COHORT = '--pathway <dir|pathway.json> --cohort <file.csv|.json|.xes> [--map <profile.json>]';
/** What the options shared by every command that reads a cohort mean. */
const COHORT_HELP = `      --map reads your own export through an import profile (CONTRACT §5): which column is the
      journey, the time, the service, …, the date format, and how your values map onto the pathway.
      --window and --horizon (W and H of the rule) take whole days (28) or whole hours (6h).`;

export const COMMANDS: Readonly<Record<string, Command>> = {
  aggregate: {
    help: `  pathway-lens aggregate ${COHORT}
                        [--window 28] [--horizon 365] [--out overlay.json] [--pretty]
      Writes the aggregate overlay (CONTRACT §8: the summary without any journey) computed in
      process, the same document the SQL script returns in a warehouse.`,
    load: () => import('./aggregate.ts'),
  },
  analyse: {
    help: `  pathway-lens analyse  ${COHORT}
                        [--window 28] [--horizon 365] [--format json|csv] [--pretty]
                        [--engine in-process|duckdb] [--memory-limit 8GB]
      Replays the cohort on the pathway and prints the missed early-intervention analysis
      (JSON as in CONTRACT §4, compact unless --pretty, or a per-journey CSV table).
      --engine duckdb reads a CSV or Parquet file of any size through the SQL of \`sql\` and
      prints the aggregate overlay (CONTRACT §8): the same summary, without per-journey lists;
      with --map, the profile is compiled to SQL (lifecycle and start columns stay in process).
${COHORT_HELP}`,
    load: () => import('./analyse.ts'),
  },
  compare: {
    help: `  pathway-lens compare  --pathway <dir|pathway.json> --cohort <A> (--cohort <B> | --split-date YYYY-MM-DD
                        | --split-column COLUMN) [--window 28] [--horizon 365] [--format json|csv] [--pretty]
                        [--no-suppress]
      Two cohorts or two periods side by side (CONTRACT §7): each group analysed as analyse would
      analyse it alone, and each difference from the first group with a 95% interval. --format csv
      writes a table for board papers with counts from 1 to 4 shown as <5 (unless --no-suppress).`,
    load: () => import('./compare.ts'),
  },
  discover: {
    help: `  pathway-lens discover --cohort <file.csv|.json|.xes> [--map <profile.json>] [--out pathway.json]
                        [--min-journeys N] [--max-services 40] [--early id,id] [--crisis id,id]
      Discovers a draft pathway from an event log with no pathway yet (CONTRACT §6): a service per
      distinct value (the 40 touched by most journeys; the rest merged into "other"), routes from the
      moves made by at least N journeys (default 1% of journeys, at least 2), levels by where services
      come in the journeys. --early and --crisis tag services by id or by the log's value. With --map
      the log is read through an import profile, and its services are the values after the maps.`,
    load: () => import('./discover.ts'),
  },
  generate: {
    help: `  pathway-lens generate --pathway <dir> --journeys 100000 --seed 1 [--start-date 2019-01-01] [--out cohort.csv]
      Writes a synthetic cohort (CSV) for tests and benchmarks; journeys start within a year of --start-date.`,
    load: () => import('./generate.ts'),
  },
  machine: {
    help: `  pathway-lens machine  --pathway <dir> [--out machine.json]
      Prints the pathway's XState machine as JSON.`,
    load: () => import('./machine.ts'),
  },
  render: {
    help: `  pathway-lens render   ${COHORT} --out <figure.svg|.png|.pdf>
                        [--title "…"] [--suppress | --no-suppress] [--round 5] [--window 28] [--horizon 365]
                        [--size a4-landscape|a4-portrait] [--alt <file.txt>] [--csv <file.csv>]
                        [--synthetic | --no-synthetic] [--view frequency|time]
                        [--concern CODE]… [--attribute NAME=VALUE]… [--crisis yes|no] [--missed yes|no]
      Writes the board-paper figure (format by extension: SVG, PNG at 300 dpi, or tagged vector PDF, all
      A4), with small-number suppression on unless --no-suppress; --alt and --csv write its alt text and
      numbers. --view time draws median days; the filters keep journeys as the explorer's do, and the
      figure's data note names them.
${COHORT_HELP}`,
    load: () => import('./render.ts'),
  },
  sql: {
    help: `  pathway-lens sql      --pathway <dir> --dialect duckdb|postgres|spark|tsql
                        [--window 28] [--horizon 365] [--table events] [--out script.sql]
      Prints one SQL script that computes the aggregate overlay inside the engine from an
      events(journey_id, row_no, t, service, activity, concerns) table (docs/warehouse.md).`,
    load: () => import('./sql.ts'),
  },
  schema: {
    help: `  pathway-lens schema
      Prints the JSON Schema of pathway files.`,
    load: () => import('./schema.ts'),
  },
};

/** Other names a command answers to. */
export const ALIASES: Readonly<Record<string, string>> = { analyze: 'analyse' };
