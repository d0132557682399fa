import { Anchor, Badge, Breadcrumbs, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatCount } from '../format/formatCount';
import classes from './ReportsPrint.module.css';
import { dayRangeText } from './reportPeriod';
import type { ReportView } from './reportQuery';

/** Top of a drill-down: the way back to the reports (filters kept), its title, and the filters it follows. */
export function ReportDrillDownHeader({
  trail,
  title,
  subtitle,
  view,
  actions,
}: {
  /** The screens above this one, the reports first. */
  trail: Array<{ label: string; href: string }>;
  title: string;
  subtitle: string;
  view: ReportView;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('reports');
  const badges = (
    [
      view.operatorIds.length > 0 && t('filterBadges.operators', { n: formatCount(view.operatorIds.length) }),
      view.retailerCodes.length > 0 &&
        t('filterBadges.resellers', { n: formatCount(view.retailerCodes.length) }),
      view.regions.length > 0 && t('filterBadges.regions', { list: view.regions.join(', ') }),
      view.channels.length > 0 && t('filterBadges.channels', { list: view.channels.join(', ') }),
      view.denominationsMinor.length > 0 &&
        t('filterBadges.denominations', { n: formatCount(view.denominationsMinor.length) }),
      view.units !== null && t('filterBadges.units', { units: view.units }),
    ] as Array<string | false>
  ).filter((badge): badge is string => badge !== false);
  return (
    <div>
      <Breadcrumbs mb={4} className={classes.noPrint}>
        {trail.map((step) => (
          <Anchor key={step.href} component={Link} href={step.href} size="sm">
            {step.label}
          </Anchor>
        ))}
        <Text size="sm" c="dimmed">
          {title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{title}</Title>
          <Text c="dimmed">{subtitle}</Text>
        </div>
        {actions}
      </Group>
      <Group gap="xs" mt="xs">
        <Text size="sm" data-testid="report-period">
          {t('period.utcDays', { period: dayRangeText(view) })}
        </Text>
        {badges.map((badge) => (
          <Badge key={badge} variant="light" color="gray" tt="none">
            {badge}
          </Badge>
        ))}
      </Group>
    </div>
  );
}
