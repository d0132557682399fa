import { createHash } from 'node:crypto';

/** Staged rollouts count in whole percent: buckets 0 to 99. */
export const rolloutBucketCount = 100;

/**
 * This install's place in a staged rollout, 0–99, stable for the life of the install: the same id always
 * lands in the same bucket, so an install admitted at 20% stays admitted at 50%.
 */
export function rolloutBucketOf(installId: string): number {
  if (installId.trim() === '') throw new Error('An install id is needed to place this install in a rollout.');
  const digest = createHash('sha256').update(installId, 'utf8').digest();
  // 2^32 is not a multiple of 100; the bias (under one part in 40 million) does not matter for a rollout.
  return digest.readUInt32BE(0) % rolloutBucketCount;
}
