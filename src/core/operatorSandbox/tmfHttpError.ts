import type { TmfError } from '../operator/tmf654';

/** A refusal the router turns into a TMF error body with this HTTP status. */
export class TmfHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'TmfHttpError';
  }

  toBody(): TmfError {
    return { code: this.code, reason: this.reason, message: this.message, status: String(this.status) };
  }
}

export function badRequest(message: string, code = 'INVALID_REQUEST'): TmfHttpError {
  return new TmfHttpError(400, code, 'Bad Request', message);
}

export function notFound(message: string): TmfHttpError {
  return new TmfHttpError(404, 'NOT_FOUND', 'Not Found', message);
}

export function conflict(code: string, message: string): TmfHttpError {
  return new TmfHttpError(409, code, 'Conflict', message);
}
