import type { MantineColor } from '@mantine/core';
import type { AllocationApprovalView } from '../../../contract/allocationSchemas';

type ApprovalReason = AllocationApprovalView['reason'];
type ApprovalState = AllocationApprovalView['state'];

/** Why the core held an allocation for a second person. */
export const approvalReasonLabels: Record<ApprovalReason, string> = {
  above_threshold: 'Above the approval threshold',
  unusual_amount: 'Unusual for this retailer',
};

export const approvalStateLabels: Record<ApprovalState, string> = {
  awaiting_approval: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const approvalStateColors: Record<ApprovalState, MantineColor> = {
  awaiting_approval: 'orange',
  approved: 'teal',
  rejected: 'red',
};
