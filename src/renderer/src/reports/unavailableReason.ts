import type { ResellerSalesReport } from '../../../contract/reportSchemas';
import { localizeContractMessage } from '../i18n/contractMessages';

/** The ranking cards share one reason: the core names it `resellers`. */
const cardAliases: Record<string, string[]> = {
  top: ['top', 'resellers'],
  bottom: ['bottom', 'resellers'],
  resellers: ['resellers'],
};

/** Why the filters keep a card from being drawn, in the core's words; null when it can be. */
export function unavailableReason(report: ResellerSalesReport, card: string): string | null {
  const names = cardAliases[card] ?? [card];
  const reason = report.unavailable.find((entry) => names.includes(entry.card))?.reason;
  return reason === undefined ? null : localizeContractMessage(reason);
}
