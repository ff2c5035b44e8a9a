/** Dates as the screens show them, from days since 1970-01-01 UTC (the cohort's calendar times). */

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 17916 → "2019-01-20": the day of a time, as a date input and a link hold it. */
export function isoDay(days: number): string {
  return new Date(Math.floor(days) * 86_400_000).toISOString().slice(0, 10);
}

/** 17916 → "20 Jan 2019". */
export function dayText(days: number): string {
  return dayFormat.format(new Date(Math.floor(days) * 86_400_000));
}

/** "2019-01-20" → "20 Jan 2019" (the text itself when it is not such a date). */
export function isoDayText(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && Number.isFinite(t) ? dayFormat.format(new Date(t)) : iso;
}
