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
  analyse: {
    help: `  pathway-lens analyse  ${COHORT}
                        [--window 28] [--horizon 365] [--format json|csv] [--pretty]
      Replays the cohort on the pathway and prints the missed early-intervention analysis
      (JSON as in CONTRACT §4, compact unless --pretty, or a per-journey CSV table).
${COHORT_HELP}`,
    load: () => import('./analyse.ts'),
  },
  generate: {
    help: `  pathway-lens generate --pathway <dir> --journeys 100000 --seed 1 [--out cohort.csv]
      Writes a synthetic cohort (CSV) for tests and benchmarks.`,
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
                        [--synthetic | --no-synthetic]
      Writes the board-paper figure (format by extension: SVG, PNG at 300 dpi, or vector PDF, all A4),
      with small-number suppression on unless --no-suppress; --alt and --csv write its alt text and numbers.
${COHORT_HELP}`,
    load: () => import('./render.ts'),
  },
  schema: {
    help: `  pathway-lens schema
      Prints the JSON Schema of pathway files.`,
    load: () => import('./schema.ts'),
  },
};

/** Other names a command answers to. */
export const ALIASES: Readonly<Record<string, string>> = { analyze: 'analyse' };
