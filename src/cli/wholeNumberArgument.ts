import { InvalidArgumentError } from 'commander';

/** A commander parser for a whole-number option within a range; out of range is a usage error (exit 2). */
export function wholeNumberArgument(minimum: number, maximum: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < minimum || number > maximum) {
      throw new InvalidArgumentError(`must be a whole number from ${minimum} to ${maximum}`);
    }
    return number;
  };
}
