import type { ShareSegment } from '../dashboard/ShareDonut';
import { formatCount } from '../format/formatCount';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { i18n } from '../i18n/i18n';

/** Slices a donut draws at most: past this many, the smallest are summed into "Other". */
export const donutSlicesMax = 6;

/** Distinct colours for the slices, in the order of their size; "Other" is grey. */
const sliceColors = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'yellow.7'];
const otherColor = 'gray.5';

/** Parts of a whole (face value per operator, per channel) as donut slices, largest first, labelled exactly. */
export function shareSegmentsOf(
  parts: Array<{ name: string; valueMinor: number }>,
  asset: AmountAsset,
  slicesMax: number = donutSlicesMax,
): ShareSegment[] {
  // Slices are keyed by name: parts of one name are one slice.
  const byName = new Map<string, number>();
  for (const part of parts) byName.set(part.name, (byName.get(part.name) ?? 0) + part.valueMinor);
  const sorted = [...byName]
    .map(([name, valueMinor]) => ({ name, valueMinor }))
    .filter((part) => part.valueMinor > 0)
    .sort((a, b) => b.valueMinor - a.valueMinor || a.name.localeCompare(b.name));
  const shown = sorted.length > slicesMax ? sorted.slice(0, slicesMax - 1) : sorted;
  const rest = sorted.slice(shown.length);
  const segments = shown.map((part, index) => ({
    name: part.name,
    value: part.valueMinor,
    color: sliceColors[index % sliceColors.length] as string,
    label: formatMinor(part.valueMinor, asset),
  }));
  if (rest.length > 0) {
    const otherMinor = rest.reduce((sum, part) => sum + part.valueMinor, 0);
    segments.push({
      name: i18n.t('reports:shareSegments.other', { n: formatCount(rest.length) }),
      value: otherMinor,
      color: otherColor,
      label: formatMinor(otherMinor, asset),
    });
  }
  return segments;
}
