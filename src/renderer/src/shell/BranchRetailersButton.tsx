import { Button } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { Link } from 'wouter';
import { retailersPath } from '../retailers/retailerPaths';

/** The way back for a partner-office user who reached something outside their branch. */
export function BranchRetailersButton() {
  return (
    <Button
      component={Link}
      href={retailersPath}
      variant="light"
      color="orange"
      size="xs"
      leftSection={<IconBuildingStore size={14} />}
    >
      Your branch's retailers
    </Button>
  );
}
