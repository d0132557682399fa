import { z } from 'zod';

/**
 * Fault injection settings: each kind has a probability per TMF request (per event delivery for
 * `duplicateEvent`). Written on the command line as `latency=50:0.1,timeout=0.02,drop=0.02,...`.
 */
const Probability = z.number().min(0).max(1);

export const FaultSettings = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  latencyProbability: Probability.default(0),
  timeout: Probability.default(0),
  drop: Probability.default(0),
  errorBefore: Probability.default(0),
  errorAfter: Probability.default(0),
  conflict: Probability.default(0),
  duplicateEvent: Probability.default(0),
});
export type FaultSettings = z.infer<typeof FaultSettings>;

export const noFaults: FaultSettings = FaultSettings.parse({});

const kindByName: Record<string, keyof FaultSettings> = {
  timeout: 'timeout',
  drop: 'drop',
  'error-before': 'errorBefore',
  'error-after': 'errorAfter',
  conflict: 'conflict',
  'duplicate-event': 'duplicateEvent',
};

/** Parses `latency=50:0.1,timeout=0.02,...`; throws an Error whose message names the bad part. */
export function parseFaultSpec(spec: string): FaultSettings {
  const settings: Record<string, number> = {};
  for (const part of spec
    .split(',')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')) {
    const [name, value] = part.split('=');
    if (name === undefined || value === undefined) {
      throw new Error(`Fault "${part}" must be written kind=probability (latency=ms:probability).`);
    }
    if (name === 'latency') {
      const [milliseconds, probability] = value.split(':');
      settings.latencyMs = Number(milliseconds);
      settings.latencyProbability = probability === undefined ? 1 : Number(probability);
      continue;
    }
    const kind = kindByName[name];
    if (kind === undefined) {
      throw new Error(`Unknown fault kind "${name}"; known: latency, ${Object.keys(kindByName).join(', ')}.`);
    }
    settings[kind] = Number(value);
  }
  const parsed = FaultSettings.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Fault spec "${spec}": ${issue?.path.join('.')} ${issue?.message ?? 'is invalid'} (probabilities are 0 to 1).`,
    );
  }
  return parsed.data;
}
