/**
 * A set of ids that stores only a 64-bit hash per id (8 bytes, open addressing), so de-duplicating
 * millions of rows costs tens of megabytes, not gigabytes. Two different ids collide with probability
 * about n²/2⁶⁵ (below one in 100,000 at ten million ids); a collision would reject a row as a duplicate.
 */
export class IdSet {
  private slots = new Uint32Array(2 * 1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds an id; returns false when it was already present. */
  add(id: string): boolean {
    // cyrb53's mixing, keeping both 32-bit halves (64 bits).
    let first = 0xdeadbeef;
    let second = 0x41c6ce57;
    for (let index = 0; index < id.length; index += 1) {
      const code = id.charCodeAt(index);
      first = Math.imul(first ^ code, 2654435761);
      second = Math.imul(second ^ code, 1597334677);
    }
    first = Math.imul(first ^ (first >>> 16), 2246822507);
    first ^= Math.imul(second ^ (second >>> 13), 3266489909);
    second = Math.imul(second ^ (second >>> 16), 2246822507);
    second ^= Math.imul(first ^ (first >>> 13), 3266489909);
    const high = first >>> 0;
    let low = second >>> 0;
    if (high === 0 && low === 0) low = 1; // (0, 0) marks an empty slot.
    if ((this.count + 1) * 2 > this.slots.length / 2) this.grow();
    return this.insert(high, low);
  }

  private insert(high: number, low: number): boolean {
    const mask = this.slots.length / 2 - 1;
    let slot = (high ^ Math.imul(low, 0x9e3779b1)) & mask;
    for (;;) {
      const storedHigh = this.slots[slot * 2];
      const storedLow = this.slots[slot * 2 + 1];
      if (storedHigh === 0 && storedLow === 0) {
        this.slots[slot * 2] = high;
        this.slots[slot * 2 + 1] = low;
        this.count += 1;
        return true;
      }
      if (storedHigh === high && storedLow === low) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const previous = this.slots;
    this.slots = new Uint32Array(previous.length * 2);
    this.count = 0;
    for (let slot = 0; slot < previous.length; slot += 2) {
      if (previous[slot] !== 0 || previous[slot + 1] !== 0) this.insert(previous[slot], previous[slot + 1]);
    }
  }
}
