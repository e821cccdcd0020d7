// Rows kept between requests while an organisation's access epoch stays the same (decision 0041):
// the epoch moves in the commit of any change to what is kept (database triggers), and is read
// with the request's actor, so a request at an unchanged epoch is served the kept rows without a
// read. Without an epoch (a scope minted by a script or a test) every call reads afresh.
import { LRUCache } from "lru-cache";

interface Kept<T> {
  epoch: number;
  rows: T[];
}

export class EpochCache<T> {
  private readonly kept: LRUCache<string, Kept<T>>;

  constructor(max: number) {
    this.kept = new LRUCache({ max });
  }

  /**
   * The rows kept under `key` if they were read at `epoch`, else read and kept. Never replaces
   * rows kept at a later epoch (a slow request that read an older epoch finishing last).
   */
  async keptOrRead(key: string, epoch: number | undefined, read: () => Promise<T[]>): Promise<T[]> {
    if (epoch === undefined) return read();
    const kept = this.kept.get(key);
    if (kept && kept.epoch === epoch) return kept.rows;
    const rows = await read();
    const now = this.kept.get(key);
    if (!now || now.epoch <= epoch) this.kept.set(key, { epoch, rows });
    return rows;
  }

  forget(key: string): void {
    this.kept.delete(key);
  }
}
