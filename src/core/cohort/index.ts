/** The cohort import layer: readers (CSV, JSON, XES), the one validator, the anonymity guard. */
export type { AttributeColumn, Cohort, JourneyEvent, TimeBase } from './types.ts';
export { NO_VALUE } from './types.ts';
export type {
  CohortFormat,
  ImportJob,
  ImportOptions,
  RawRow,
  ReadJob,
  RowSink,
  RowSource,
  RowTarget,
  TargetFactory,
  TargetOptions,
} from './rows.ts';
export { normalizeColumnName } from './rows.ts';
export { buildCohort, type BuildOptions } from './buildCohort.ts';
export { CohortBuilder, cohortTarget } from './cohortBuilder.ts';
export { parseIsoDate } from './parseIsoDate.ts';
export { detectDelimiter, type CsvDelimiter } from './detectDelimiter.ts';
export { createCsvImport, createCsvReader, importCsv, type CsvImportOptions } from './importCsv.ts';
export { createJsonImport, createJsonReader, importJson, type JsonImportOptions } from './importJson.ts';
export { readXesEvents } from './readXesEvents.ts';
export { XesReader } from './xesReader.ts';
export type { XesAttribute, XesEvent, XesLog, XesReadOptions, XesTrace } from './xesTypes.ts';
export {
  createXesImport,
  createXesReader,
  importXes,
  xesToCohort,
  xesToRows,
  LIFECYCLE_ACTIVITY,
} from './importXes.ts';
export { xesFlatRows } from './xesRows.ts';
export { detectFormat } from './detectFormat.ts';
export {
  createImportJob,
  createReadJob,
  runReadJob,
  DEFAULT_MAX_BYTES,
  importCohort,
  importCohortAsync,
  type ImportCohortOptions,
} from './importCohort.ts';
export { runImportJob, type ImportOutcome, type RunImportOptions } from './importJob.ts';
export { checkAnonymity } from './anonymity.ts';
export {
  findIdentifier,
  isValidNhsNumber,
  maskText,
  type IdentifierHit,
  type IdentifierKind,
} from './identifiers.ts';
export { identifyingColumnReason } from './identifyingColumns.ts';
export { cohortToEvents } from './cohortToEvents.ts';
export { decodeText } from './decodeText.ts';
