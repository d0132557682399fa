/** The repeat field catches a typo the hidden characters would hide. */
export function repeatedPasswordIssue(repeated: string, password: string): string | null {
  return repeated === password ? null : 'does not match the password above';
}
