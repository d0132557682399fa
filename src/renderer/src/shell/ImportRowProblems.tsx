import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizeContractMessage } from '../i18n/contractMessages';

/** An import row's problems, column by column (or "Ready"), clamped with the whole text in a tooltip. */
export function ImportRowProblems({ issues }: { issues: ReadonlyArray<{ field: string; message: string }> }) {
  const { t } = useTranslation('shell');
  if (issues.length === 0) {
    return (
      <Text size="sm" c="teal">
        {t('import.ready')}
      </Text>
    );
  }
  const problems = issues
    .map((issue) => `${issue.field}: ${localizeContractMessage(issue.message)}`)
    .join('; ');
  return (
    <Tooltip label={problems} multiline maw={460} openDelay={300}>
      <Text
        size="xs"
        lineClamp={2}
        c="var(--mantine-color-red-text)"
        style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}
      >
        {problems}
      </Text>
    </Tooltip>
  );
}
