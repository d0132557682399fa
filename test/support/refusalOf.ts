import { expect } from 'vitest';
import { AppError } from '../../src/core/appError';

/** The AppError a promise is refused with; fails the test if it resolves or fails otherwise. */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
