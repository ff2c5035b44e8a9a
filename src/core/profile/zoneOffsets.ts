const MINUTE = 60_000;
const DAY = 86_400_000;
/** Every time zone of the tz database changes its offset on a quarter hour, so offsets are cached per quarter hour. */
const BUCKET = 15 * MINUTE;
const CACHE_LIMIT = 200_000;

/**
 * The UTC offsets of one IANA time zone, from the platform's Intl API (the tz database of the browser or
 * of Node), cached per quarter hour so that a million time stamps cost a few hundred Intl calls.
 *
 * A local time is turned into an instant by the rule of RFC 5545 and of JavaScript's Temporal
 * ("compatible"): a local time that occurs twice (the hour repeated when the clocks go back, e.g.
 * 01:30 on 25 October 2020 in Europe/London) is the EARLIER of the two instants (01:30 BST = 00:30 UTC);
 * a local time that does not exist (the hour skipped when the clocks go forward, e.g. 01:30 on
 * 29 March 2020) is read with the offset in force before the change, so it lands as far after the gap
 * as it was into it (01:30 GMT = 01:30 UTC = 02:30 BST). Both are what a clock-reading clerk meant in
 * nearly every case, and neither fails a row.
 */
export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat | undefined;
  private readonly offsetCache = new Map<number, number>();
  private readonly localCache = new Map<number, LocalOffset>();

  constructor(readonly zone: string) {
    this.format =
      zone === 'UTC'
        ? undefined
        : new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          });
  }

  /** The zone's offset from UTC (ms, east positive) at an instant (ms since 1970 UTC). */
  offsetAt(instant: number): number {
    const f = this.format;
    if (!f) return 0;
    const key = Math.floor(instant / BUCKET);
    const cached = this.offsetCache.get(key);
    if (cached !== undefined) return cached;
    const at = key * BUCKET;
    let y = 0;
    let mo = 0;
    let d = 0;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const p of f.formatToParts(new Date(at))) {
      const v = Number(p.value);
      if (p.type === 'year') y = v;
      else if (p.type === 'month') mo = v;
      else if (p.type === 'day') d = v;
      else if (p.type === 'hour') h = v;
      else if (p.type === 'minute') mi = v;
      else if (p.type === 'second') s = v;
    }
    const local = Date.UTC(y, mo - 1, d, h, mi, s);
    const offset = local - at;
    if (this.offsetCache.size >= CACHE_LIMIT) this.offsetCache.clear();
    this.offsetCache.set(key, offset);
    return offset;
  }

  /**
   * The offset (ms) to subtract from a local wall time (ms, as if it were UTC) to get its instant, by the
   * rule above; `shifted` when the local time does not exist (it fell in a skipped hour).
   */
  localOffset(local: number): LocalOffset {
    if (!this.format) return NO_SHIFT;
    const key = Math.floor(local / BUCKET);
    const cached = this.localCache.get(key);
    if (cached) return cached;
    const before = this.offsetAt(local - DAY);
    const after = this.offsetAt(local + DAY);
    let out: LocalOffset;
    if (before === after) {
      out = { offset: before, shifted: false };
    } else {
      const early = local - before;
      const late = local - after;
      const earlyValid = this.offsetAt(early) === before;
      const lateValid = this.offsetAt(late) === after;
      if (earlyValid && lateValid) out = { offset: early <= late ? before : after, shifted: false };
      else if (earlyValid) out = { offset: before, shifted: false };
      else if (lateValid) out = { offset: after, shifted: false };
      else out = { offset: before, shifted: true };
    }
    if (this.localCache.size >= CACHE_LIMIT) this.localCache.clear();
    this.localCache.set(key, out);
    return out;
  }
}

export interface LocalOffset {
  /** ms east of UTC. */
  readonly offset: number;
  /** The local time does not exist in the zone (a skipped hour): it was read with the earlier offset. */
  readonly shifted: boolean;
}

const NO_SHIFT: LocalOffset = { offset: 0, shifted: false };

/** True when the platform knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
