/** What a file dropped on the page (or chosen) is, so that it goes where it belongs. */
export type FileKind = 'pathway' | 'profile' | 'cohort';

/** Bytes read from the start of a file to tell its kind (a pathway's first field is near its start). */
export const HEAD_BYTES = 4096;

/**
 * The kind of a file from its name and first characters: an import profile (`*.profile.json`, or a
 * JSON object with `"profile": 1` near its start), a cohort (CSV, XES, JSON events, which are an array:
 * CONTRACT §2, or an aggregate overlay, an object with `"overlay": 1`: §8), or a pathway (any other JSON
 * object: §1).
 */
export function kindOfFile(name: string, head: string): FileKind {
  if (/\.profile\.json$/i.test(name)) return 'profile';
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return 'cohort';
  if (/"profile"\s*:\s*1\b/.test(text)) return 'profile';
  return /"overlay"\s*:\s*1\b/.test(text) ? 'cohort' : 'pathway';
}

/** The kind of a File, reading only its first bytes. */
export async function kindOfBlob(file: Blob & { readonly name: string }): Promise<FileKind> {
  const head = await file.slice(0, HEAD_BYTES).text();
  return kindOfFile(file.name, head);
}
