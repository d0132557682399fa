import {
  type DocumentCatalog,
  type DocumentCatalogs,
  type DocumentLanguage,
  documentText,
} from '../documents/documentText';

/**
 * The words of the audit export (CSV), in each language it is written in: its header row and the
 * words the core writes into cells. What was recorded (summaries, refusal messages, operation
 * names, field paths) is written as recorded: it is the evidence, not a label. English is the
 * reference; the French catalog is typed from it, so a missing key does not compile.
 */
const en = {
  title: 'Audit trail',
  headers: {
    event: 'Event',
    time: 'Time (UTC)',
    user: 'User',
    userId: 'User id',
    roles: 'Roles',
    transport: 'Transport',
    operation: 'Operation',
    outcome: 'Outcome',
    summary: 'Summary',
    refusal: 'Refusal',
    subject: 'Subject',
    changes: 'Changes (before → after)',
    hash: 'Hash',
  },
  /** Outcomes as recorded; English writes the stored word itself. */
  outcomes: { ok: 'ok', refused: 'refused', interrupted: 'interrupted' },
  /** Ends a changes cell cut at its length limit. */
  cut: '… (cut)',
};

export type AuditExportText = DocumentCatalog<typeof en>;

const fr: AuditExportText = {
  title: 'Journal d’audit',
  headers: {
    event: 'Événement',
    time: 'Heure (UTC)',
    user: 'Utilisateur',
    userId: 'Identifiant utilisateur',
    roles: 'Rôles',
    transport: 'Transport',
    operation: 'Opération',
    outcome: 'Résultat',
    summary: 'Résumé',
    refusal: 'Refus',
    subject: 'Objet',
    changes: 'Modifications (avant → après)',
    hash: 'Empreinte',
  },
  outcomes: { ok: 'réussi', refused: 'refusé', interrupted: 'interrompu' },
  cut: '… (coupé)',
};

export const auditExportTexts: DocumentCatalogs<typeof en> = { en, fr };

/** The audit export's words in `language` (English when none is asked for). */
export function auditExportText(language: DocumentLanguage | undefined): AuditExportText {
  return documentText(auditExportTexts, language);
}
