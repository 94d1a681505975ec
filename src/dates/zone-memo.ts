/**
 * Values remembered by time zone and key, at most `limit` in all: when it is full it is cleared whole, so that a
 * process reading millions of distinct dates stays bounded. The date reader's results and the instants of wall
 * clocks are kept in one each.
 */
export class ZoneMemo<K, V> {
  private readonly byZone = new Map<string, Map<K, V>>();
  private count = 0;

  constructor(private readonly limit: number) {}

  get(timeZone: string, key: K): V | undefined {
    return this.byZone.get(timeZone)?.get(key);
  }

  set(timeZone: string, key: K, value: V): void {
    if (this.count >= this.limit) {
      this.byZone.clear();
      this.count = 0;
    }
    let values = this.byZone.get(timeZone);
    if (values === undefined) {
      values = new Map();
      this.byZone.set(timeZone, values);
    }
    values.set(key, value);
    this.count++;
  }
}
