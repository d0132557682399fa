import { Text, Tooltip } from '@mantine/core';

/** An import row's problems, column by column (or "Ready"), clamped with the whole text in a tooltip. */
export function ImportRowProblems({ issues }: { issues: ReadonlyArray<{ field: string; message: string }> }) {
  if (issues.length === 0) {
    return (
      <Text size="sm" c="teal">
        Ready
      </Text>
    );
  }
  const problems = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
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
