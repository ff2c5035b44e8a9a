import type { Problem } from '../../core/problems.ts';

/** The importer's default size limit (`DEFAULT_MAX_BYTES` of the core), checked before a file is read into memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const mb = (n: number) => `${String(Math.round(n / (1024 * 1024)))} MB`;

/**
 * A chosen or dropped file's bytes, or the problem that stops them being read: larger than the limit
 * (checked before reading it into memory), or unreadable (removed, no permission).
 */
export async function readFileBytes(
  file: File,
): Promise<{ ok: true; bytes: ArrayBuffer } | { ok: false; problems: Problem[] }> {
  if (file.size > MAX_FILE_BYTES) {
    const message = `the file is ${mb(file.size)}; the limit is ${mb(MAX_FILE_BYTES)}. Split the cohort into smaller files.`;
    return { ok: false, problems: [{ code: 'PL204', file: file.name, message }] };
  }
  try {
    return { ok: true, bytes: await file.arrayBuffer() };
  } catch (error) {
    return {
      ok: false,
      problems: [
        { code: 'PL203', file: file.name, message: `the file could not be read (${String(error)}).` },
      ],
    };
  }
}
