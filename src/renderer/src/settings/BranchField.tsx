import type { ReactNode } from 'react';
import { ParentSelect, parentOption } from '../retailers/ParentSelect';

export const branchFieldLabel = 'Partner office (branch)';

/**
 * Where a user works: the whole network (empty), or a partner office restricted to one
 * sub-distributor's branch, searched by code or name among the sub-distributors.
 */
export function BranchField({
  value,
  onChange,
  error,
  initialCode,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  error: ReactNode;
  /** The branch the user has now, shown by its code until the search names it. */
  initialCode: string | null;
}) {
  return (
    <ParentSelect
      label={branchFieldLabel}
      description="Empty: the whole network. A sub-distributor: they see and act on its branch only, not on the head office's books, stock or settings."
      placeholder="Whole network"
      value={value}
      onChange={onChange}
      error={error}
      initialOption={initialCode === null ? null : parentOption(initialCode, null)}
    />
  );
}
