import { init, parse } from '@guanmingchiu/sqlparser-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, SQL_DIALECTS, type DialectName } from '../../../src/core/sql/dialects.ts';
import { overlaySql } from '../../../src/core/sql/overlaySql.ts';
import { coventry, params } from './cohortCases.ts';

/**
 * Spark SQL and SQL Server cannot run on these machines: their scripts are checked by a real SQL parser
 * for each dialect (sqlparser-rs, the Apache DataFusion parser, as WebAssembly: its Databricks and MsSql
 * dialects), and every dialect's script is kept as a snapshot so that a change is seen in review.
 * DuckDB's and PostgreSQL's scripts also run on real engines (engines.test.ts).
 */
const PARSER_DIALECT: Readonly<Record<DialectName, 'duckdb' | 'postgresql' | 'databricks' | 'mssql'>> = {
  duckdb: 'duckdb',
  postgres: 'postgresql',
  spark: 'databricks',
  tsql: 'mssql',
};

const script = (dialect: DialectName) => overlaySql(coventry, { dialect, parameters: params(28, 365) });

describe('the overlay script of each dialect', () => {
  beforeAll(async () => {
    await init();
  });

  it.each(DIALECTS)('%s parses as that dialect: the preamble, then one query', (dialect) => {
    const statements = parse(script(dialect), PARSER_DIALECT[dialect]);
    expect(statements).toHaveLength(SQL_DIALECTS[dialect].preamble.length + 1);
    expect(Object.keys(statements.at(-1) as object)).toEqual(['Query']);
  });

  it.each(DIALECTS)('%s: the parser refuses the script when a join is misspelt', (dialect) => {
    const broken = script(dialect).replace('LEFT JOIN pl_answered', 'LEFT JION pl_answered');
    expect(broken).not.toBe(script(dialect));
    expect(() => parse(broken, PARSER_DIALECT[dialect])).toThrow(/sql parser error/);
  });

  it.each(DIALECTS)('%s matches its snapshot (tests/output/sql/coventry.%s.sql)', async (dialect) => {
    await expect(script(dialect)).toMatchFileSnapshot(`../../output/sql/coventry.${dialect}.sql`);
  });

  it('differs between dialects only where the engines differ', () => {
    const lines = (d: DialectName) => new Set(script(d).split('\n'));
    const duck = lines('duckdb');
    for (const d of ['postgres', 'spark', 'tsql'] as const) {
      const other = [...lines(d)].filter((l) => !duck.has(l));
      // Literals (N'…' in T-SQL), types, and the engine-specific functions: nothing else.
      for (const l of other)
        expect(l).toMatch(
          /N'|DOUBLE PRECISION|FLOAT|TEXT|STRING|NVARCHAR|EXTRACT|unix_micros|DATEDIFF_BIG|regexp|REPLACE|LATERAL|APPLY|string_agg|STRING_AGG|array_join|to_json|STRING_ESCAPE|to_char|date_format|CONVERT|chr\(39\)|SET TIME ZONE|SET NOCOUNT ON|for (PostgreSQL|Spark|SQL Server)|WITHIN GROUP|SELECT k\.k/,
        );
    }
  });

  it('names the table given, and refuses names that are not table names', () => {
    expect(
      overlaySql(coventry, { dialect: 'tsql', parameters: params(28, 365), table: 'dbo.mhsds_events' }),
    ).toContain('FROM dbo.mhsds_events AS e');
    expect(() =>
      overlaySql(coventry, { dialect: 'tsql', parameters: params(28, 365), table: 'x; DROP TABLE y' }),
    ).toThrow(/not a table name/);
  });
});
