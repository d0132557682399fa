import { i18n } from '../i18n/i18n';

/** The repeat field catches a typo the hidden characters would hide. */
export function repeatedPasswordIssue(repeated: string, password: string): string | null {
  return repeated === password ? null : i18n.t('session:repeatedPassword.mismatch');
}
