/** Largest seq the shared claims can hold (two 32-bit halves of one 64-bit word). */
export const chunkedSeqMax = 2 ** 31 - 1;

/**
 * The chain's seq range 1..lastSeq cut into chunks that two threads share: the worker takes them
 * from the bottom, the verifying thread from the top once its own work is done, each chunk exactly
 * once. Both ends live in one 64-bit word changed by compare-and-swap, so no chunk is taken twice
 * and none is lost, whatever the threads' timing.
 */
export class ChunkClaims {
  constructor(
    /** [0]: chunks taken from the bottom (high 32 bits) and the top's exclusive end (low 32 bits). */
    readonly state: BigInt64Array,
    readonly lastSeq: number,
    readonly chunkEntries: number,
  ) {}

  static create(lastSeq: number, chunkEntries: number): ChunkClaims {
    if (!Number.isSafeInteger(lastSeq) || lastSeq < 0 || lastSeq > chunkedSeqMax)
      throw new Error(`chain of ${lastSeq} entries cannot be shared in chunks`);
    const state = new BigInt64Array(new SharedArrayBuffer(8));
    state[0] = BigInt(Math.ceil(lastSeq / chunkEntries));
    return new ChunkClaims(state, lastSeq, chunkEntries);
  }

  /** The next chunk from the bottom, as a seq range; undefined when the two ends have met. */
  takeBottom(): { fromSeq: number; toSeq: number } | undefined {
    return this.take('bottom');
  }

  /** The next chunk from the top; undefined when the two ends have met. */
  takeTop(): { fromSeq: number; toSeq: number } | undefined {
    return this.take('top');
  }

  /** Chunks taken from the bottom so far. */
  takenFromBottom(): number {
    return Number(Atomics.load(this.state, 0) >> 32n);
  }

  private take(end: 'bottom' | 'top'): { fromSeq: number; toSeq: number } | undefined {
    for (;;) {
      const seen = Atomics.load(this.state, 0);
      const bottom = Number(seen >> 32n);
      const top = Number(seen & 0xffffffffn);
      if (bottom >= top) return undefined;
      const chunk = end === 'bottom' ? bottom : top - 1;
      const next =
        end === 'bottom'
          ? (BigInt(bottom + 1) << 32n) | BigInt(top)
          : (BigInt(bottom) << 32n) | BigInt(top - 1);
      if (Atomics.compareExchange(this.state, 0, seen, next) === seen) {
        const fromSeq = chunk * this.chunkEntries + 1;
        return { fromSeq, toSeq: Math.min(this.lastSeq, fromSeq + this.chunkEntries - 1) };
      }
    }
  }
}
