/**
 * Of the files chosen for "Start from data", the log and its import profile (CONTRACT §5), if any: the
 * profile is a `.profile.json`, or the `.json` file beside a log of another type.
 */
export function logAndProfile(files: readonly File[]): { log: File; profile?: File } | null {
  if (files.length === 0) return null;
  const profile =
    files.find((f) => /\.profile\.json$/i.test(f.name)) ??
    (files.length === 2
      ? files.find((f) => /\.json$/i.test(f.name) && files.some((g) => !/\.json$/i.test(g.name)))
      : undefined);
  const log = files.find((f) => f !== profile);
  if (!log) return null;
  return profile ? { log, profile } : { log };
}
