import type { MantineColor } from '@mantine/core';
import type { AllocationApprovalView } from '../../../contract/allocationSchemas';
import { i18n } from '../i18n/i18n';

type ApprovalReason = AllocationApprovalView['reason'];
type ApprovalState = AllocationApprovalView['state'];

const reasonLabels: Record<ApprovalReason, () => string> = {
  above_threshold: () => i18n.t('allocations:approvalReason.aboveThreshold'),
  unusual_amount: () => i18n.t('allocations:approvalReason.unusualAmount'),
};

const stateLabels: Record<ApprovalState, () => string> = {
  awaiting_approval: () => i18n.t('allocations:approvalState.awaitingApproval'),
  approved: () => i18n.t('allocations:approvalState.approved'),
  rejected: () => i18n.t('allocations:approvalState.rejected'),
};

/** Why the core held an allocation for a second person, in the screens' language. */
export function approvalReasonLabel(reason: ApprovalReason): string {
  return reasonLabels[reason]();
}

/** Where a held allocation's request stands, in the screens' language. */
export function approvalStateLabel(state: ApprovalState): string {
  return stateLabels[state]();
}

export const approvalStateColors: Record<ApprovalState, MantineColor> = {
  awaiting_approval: 'orange',
  approved: 'teal',
  rejected: 'red',
};
