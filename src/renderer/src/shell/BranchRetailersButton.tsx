import { Button } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { retailersPath } from '../retailers/retailerPaths';

/** The way back for a partner-office user who reached something outside their branch. */
export function BranchRetailersButton() {
  const { t } = useTranslation('shell');
  return (
    <Button
      component={Link}
      href={retailersPath}
      variant="light"
      color="orange"
      size="xs"
      leftSection={<IconBuildingStore size={14} />}
    >
      {t('branch.yourRetailers')}
    </Button>
  );
}
