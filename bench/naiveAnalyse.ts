/**
 * The naive design the command line is compared with, as a whole process: read the file, import it with
 * the same importer, then replay every journey through its own XState actor (`createActor` + `send`), as
 * an application would naturally write it. Built to plain JavaScript by bench/process.ts, like the CLI.
 *   node naiveAnalyse.mjs <pathway.json> <cohort.csv>
 */
import { readFileSync } from 'node:fs';
import { importCohort } from '../src/core/cohort/importCohort.ts';
import { loadPathway } from '../src/core/pathway/loadedPathway.ts';
import { activities, type Activity } from '../src/core/pathway/types.ts';
import { parsePathway } from '../src/core/pathway/validatePathway.ts';
import { MOVE_OFF } from '../src/core/replay/moveKinds.ts';
import { replayWithActor, type ReplayStep } from '../src/core/replay/replayWithMachine.ts';

const [pathwayFile, cohortFile] = process.argv.slice(2);
if (!pathwayFile || !cohortFile) throw new Error('usage: naiveAnalyse <pathway.json> <cohort.csv>');
const parsed = parsePathway(readFileSync(pathwayFile, 'utf8'));
if (!parsed.ok) throw new Error('pathway invalid');
const { pathway, machine } = loadPathway(parsed.value);
const imported = importCohort(cohortFile, readFileSync(cohortFile, 'utf8'), pathway);
if (!imported.ok) throw new Error(imported.problems[0]?.message);
const c = imported.value;
const moves = new Uint8Array(c.time.length);
let off = 0;
for (let j = 0; j < c.journeyIds.length; j++) {
  const from = c.journeyStart[j] as number;
  const to = c.journeyStart[j + 1] as number;
  const steps: ReplayStep[] = [];
  for (let e = from; e < to; e++)
    steps.push({
      service: pathway.services[c.service[e] as number]!.id,
      activity: activities[c.activity[e] as number] as Activity,
    });
  replayWithActor(machine, steps, moves, from);
}
for (const m of moves) if (m === MOVE_OFF) off++;
process.stdout.write(`${JSON.stringify({ events: c.time.length, offPathwayMoves: off })}\n`);
