import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away PostgreSQL server for tests: `initdb` into a temporary folder, `pg_ctl start` listening
 * only on a Unix socket in that folder (no TCP), `psql` for queries, and everything removed at the end.
 * As root (CI, this machine) the server runs as the `postgres` user, since PostgreSQL refuses root.
 */
export interface PostgresCluster {
  /** Runs SQL (several statements allowed) with `input` on stdin; returns psql's unaligned output. */
  psql(sql: string, input?: string): string;
  stop(): void;
}

/** Where the server binaries are: Debian's versioned folder, or the PATH. */
function binDir(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return path ? path.slice(0, path.lastIndexOf('/')) : undefined;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresUnavailable(): string | undefined {
  const bin = binDir();
  if (!bin) return 'PostgreSQL is not installed (apt-get install postgresql; .ci/run installs it)';
  if (!existsSync(join(bin, 'initdb'))) return `no initdb beside pg_ctl in ${bin}`;
  const psql = spawnSync('sh', ['-c', 'command -v psql'], { encoding: 'utf8' });
  if (!psql.stdout.trim() && !existsSync(join(bin, 'psql'))) return 'psql is not installed';
  // As root the server runs as the postgres user, who must be able to start the shell initdb uses.
  if (process.getuid?.() === 0) {
    const r = spawnSync('runuser', ['-u', 'postgres', '--', '/bin/sh', '-c', 'true'], {
      cwd: tmpdir(),
      encoding: 'utf8',
    });
    if (r.status !== 0)
      return `the postgres user cannot run /bin/sh here (${(r.stderr || String(r.error)).trim()})`;
  }
  return undefined;
}

export function startPostgres(): PostgresCluster {
  const bin = binDir() as string;
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-pg-'));
  const data = join(dir, 'data');
  const as = (cmd: string, args: string[], input?: string) => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    // Run from the server's own folder: as the postgres user, initdb and pg_ctl cannot go back to a
    // working directory only root may enter (a clone in a private temporary folder, as on a fresh machine).
    const r = spawnSync(file, argv, { cwd: dir, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout || String(r.error)}`);
    return r.stdout;
  };
  if (root) {
    chmodSync(dir, 0o777);
    spawnSync('chown', ['postgres', dir]);
  }
  as(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  // A port in the range these tests own; the socket lives in the temporary folder.
  let port = 0;
  for (let attempt = 0; attempt < 10 && port === 0; attempt++) {
    const candidate = 55400 + Math.floor(Math.random() * 51);
    try {
      as(join(bin, 'pg_ctl'), [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-o',
        `-k ${dir} -p ${candidate} -c listen_addresses='' -c fsync=off -c full_page_writes=off`,
        '-w',
        'start',
      ]);
      port = candidate;
    } catch {
      // The port was taken: try another.
    }
  }
  if (port === 0) throw new Error(`PostgreSQL did not start; see ${join(dir, 'log')}`);
  const psqlBin = existsSync(join(bin, 'psql')) ? join(bin, 'psql') : 'psql';
  return {
    psql(sql, input) {
      const args = [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-X',
        '-q',
        '-A',
        '-t',
      ];
      return as(psqlBin, [...args, '-v', 'ON_ERROR_STOP=1', '-c', sql], input);
    },
    stop() {
      try {
        as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
