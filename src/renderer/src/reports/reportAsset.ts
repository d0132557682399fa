import type { AmountAsset } from '../format/formatMinor';

/** How a report figure's amounts are written: airtime at face value in its operator's units. */
export function reportAsset(figure: { units: string; scale: number }): AmountAsset {
  return { currency: figure.units, scale: figure.scale, kind: 'airtime' };
}
