import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ParentSelect, parentOption } from '../retailers/ParentSelect';

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
  const { t } = useTranslation('settings');
  return (
    <ParentSelect
      label={t('branchField.label')}
      description={t('branchField.hint')}
      placeholder={t('branchField.placeholder')}
      value={value}
      onChange={onChange}
      error={error}
      initialOption={initialCode === null ? null : parentOption(initialCode, null)}
    />
  );
}
