/**
 * The last line of defence for what hosts write to their logs (stderr, the desktop's console):
 * secrets are kept out of messages where they are made, and whatever still looks like one here is
 * replaced before it is written. Shapes, not known values, so nothing secret has to be remembered
 * for it: bearer and basic credentials, form and JSON fields named like secrets, key pragmas and
 * raw key literals, the key variables.
 */
export const redactedMark = '[redacted]';

const secretName =
  '(?:password|passphrase|new_?passphrase(?:_?repeated)?|client_?secret|api_?key|session_?token|access_?token|refresh_?token|id_?token|secret|token|re_?key|key|airledger_db_key|airledger_new_db_key|airledger_password|airledger_new_password|airledger_operator_client_secret|airledger_operator_api_key)';

const patterns: ReadonlyArray<[RegExp, string]> = [
  // Authorization headers and their values.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${redactedMark}`],
  // JSON fields: "clientSecret": "…".
  [new RegExp(`("${secretName}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${redactedMark}"`],
  // Form fields and query parameters: client_secret=…&.
  [new RegExp(`(\\b${secretName}=)[^&\\s"']+`, 'gi'), `$1${redactedMark}`],
  // PRAGMA key/rekey values, quoted either way.
  [/(\b(?:re)?key\s*=\s*)(?:"[^"]*"|'(?:[^']|'')*')/gi, `$1'${redactedMark}'`],
  // A raw key literal on its own.
  [/x'[0-9a-fA-F]{32,}'/g, `x'${redactedMark}'`],
];

export function redactSecrets(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of patterns) redacted = redacted.replace(pattern, replacement);
  return redacted;
}

/** An error's message (for a background failure the host notes in one line). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Limit on the causes followed when describing an error. */
const causesMax = 5;

/**
 * An error as a host logs an unexpected one: its stack, then the messages and codes of its causes.
 * Only those: an error's other properties (a request, a connection) can carry anything.
 */
export function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = [error.stack ?? `${error.name}: ${error.message}`];
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < causesMax; depth++) {
    const code = (cause as { code?: unknown }).code;
    lines.push(
      `caused by: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}${typeof code === 'string' ? ` (${code})` : ''}`,
    );
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
