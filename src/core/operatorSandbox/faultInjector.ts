import type { FaultSettings } from './faultSettings';
import { SeededRandom } from './seededRandom';

/** What happens to one TMF request. `applied` says whether a timed-out mutation takes effect anyway. */
export type FaultOutcome =
  | { kind: 'none' }
  | { kind: 'timeout'; applied: boolean }
  | { kind: 'drop' }
  | { kind: 'errorBefore' }
  | { kind: 'errorAfter' }
  | { kind: 'conflict' };

export interface FaultDecision {
  latencyMs: number;
  outcome: FaultOutcome;
}

/** Draws per request, whatever the outcome, so the same seed and request sequence replay the same faults. */
const drawsPerRequest = 4;

export class FaultInjector {
  private readonly requestRandom: SeededRandom;
  private readonly eventRandom: SeededRandom;
  settings: FaultSettings;

  constructor(settings: FaultSettings, requestSeed: number, eventSeed: number) {
    this.settings = settings;
    this.requestRandom = new SeededRandom(requestSeed);
    this.eventRandom = new SeededRandom(eventSeed);
  }

  /** Decides the fate of the next TMF request; `mutating` requests can also get conflicts. */
  decide(mutating: boolean): FaultDecision {
    const draws = Array.from({ length: drawsPerRequest }, () => this.requestRandom.next());
    const [latencyDraw = 1, outcomeDraw = 1, appliedDraw = 1] = draws;
    const s = this.settings;
    const latencyMs = latencyDraw < s.latencyProbability ? s.latencyMs : 0;
    // One draw picks at most one outcome: the kinds partition [0, 1) in a fixed order.
    const kinds: [FaultOutcome['kind'], number][] = [
      ['timeout', s.timeout],
      ['drop', s.drop],
      ['errorBefore', s.errorBefore],
      ['errorAfter', s.errorAfter],
      ['conflict', mutating ? s.conflict : 0],
    ];
    let threshold = 0;
    for (const [kind, probability] of kinds) {
      threshold += probability;
      if (outcomeDraw < threshold) {
        return {
          latencyMs,
          outcome: kind === 'timeout' ? { kind, applied: appliedDraw < 0.5 } : ({ kind } as FaultOutcome),
        };
      }
    }
    return { latencyMs, outcome: { kind: 'none' } };
  }

  /** Whether the next event delivery is sent twice. */
  duplicateEvent(): boolean {
    return this.eventRandom.chance(this.settings.duplicateEvent);
  }
}
