/** Interns repeated strings (bucket, party and channel ids) so a million history rows hold small indexes. */
export class StringTable {
  readonly values: string[] = [];
  private readonly indexByValue = new Map<string, number>();

  constructor(values: readonly string[] = []) {
    for (const value of values) this.indexOf(value);
  }

  indexOf(value: string): number {
    let index = this.indexByValue.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexByValue.set(value, index);
    }
    return index;
  }

  /** The index if known, else -1 (for filters: an unknown value matches nothing). */
  find(value: string): number {
    return this.indexByValue.get(value) ?? -1;
  }

  at(index: number): string {
    const value = this.values[index];
    if (value === undefined) throw new Error(`no interned string at ${index}`);
    return value;
  }
}
