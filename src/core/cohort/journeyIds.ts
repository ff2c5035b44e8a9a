/**
 * Journey ids interned in order of first appearance. Rows of a journey are usually together, so the
 * previous row's id is compared first.
 */
export class JourneyIds {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private prevId = '';
  private prev = 0;
  /** True when the last `intern` met an id for the first time. */
  fresh = false;

  /** The index of journey `id` (not empty), adding it when new. */
  intern(id: string): number {
    this.fresh = false;
    if (id === this.prevId) return this.prev;
    let j = this.index.get(id);
    if (j === undefined) {
      j = this.ids.length;
      this.ids.push(id);
      this.index.set(id, j);
      this.fresh = true;
    }
    this.prevId = id;
    this.prev = j;
    return j;
  }

  /** The journey of the previous row (for a row whose id is missing; the row's problem fails the import). */
  get previous(): number {
    return this.prev;
  }
}
