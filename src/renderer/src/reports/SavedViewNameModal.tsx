import { Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import {
  type SavedView,
  SavedViewNameInput,
  savedViewNameLengthMax,
} from '../../../contract/savedViewSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { dayRangeText, periodPresetLabels } from './reportPeriod';
import type { ReportView } from './reportQuery';
import { savedFiltersOf, savedFiltersText } from './savedViewFilters';

/** Saving the filters on screen under a new name, or renaming a view already saved. */
export type SavedViewNaming = { kind: 'save'; view: ReportView } | { kind: 'rename'; saved: SavedView };

const validateName = schemaResolver(SavedViewNameInput, { sync: true });

interface NameValues {
  name: string;
  /** Pin the days shown now instead of a preset that moves with the days. */
  fixDays: boolean;
}

export function SavedViewNameModal({
  naming,
  onClose,
  onSaved,
}: {
  naming: SavedViewNaming | null;
  onClose: () => void;
  onSaved: (saved: SavedView) => void;
}) {
  const title =
    naming === null ? '' : naming.kind === 'save' ? 'Save the current view' : `Rename "${naming.saved.name}"`;
  return (
    <Modal opened={naming !== null} onClose={onClose} title={title}>
      {naming !== null && <SavedViewNameForm naming={naming} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function SavedViewNameForm({
  naming,
  onCancel,
  onSaved,
}: {
  naming: SavedViewNaming;
  onCancel: () => void;
  onSaved: (saved: SavedView) => void;
}) {
  const client = useClient();
  // Chosen once per form: submitting again after a lost answer saves the same view, not a second one.
  const [newId] = useState(() => uuidv7());
  const form = useForm<NameValues>({
    mode: 'controlled',
    initialValues: { name: naming.kind === 'rename' ? naming.saved.name : '', fixDays: false },
    validate: (values) => validateName({ name: values.name }),
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });
  const preset = naming.kind === 'save' && naming.view.preset !== 'custom' ? naming.view.preset : null;
  const filters =
    naming.kind === 'save' ? savedFiltersOf(naming.view, form.values.fixDays) : naming.saved.filters;

  const submit = (values: NameValues) =>
    run(async () => {
      const saved = await client.call('reports.views.save', {
        id: naming.kind === 'rename' ? naming.saved.id : newId,
        name: values.name,
        filters,
      });
      onSaved(saved);
    });

  return (
    <form
      noValidate
      aria-label={naming.kind === 'save' ? 'Save the current view' : 'Rename the view'}
      onSubmit={form.onSubmit(submit)}
    >
      <Stack gap="md">
        <TextInput
          label="Name"
          description={`Up to ${savedViewNameLengthMax} characters, different from your other views`}
          placeholder="Dakar resellers, this month"
          withAsterisk
          data-autofocus
          autoComplete="off"
          maxLength={savedViewNameLengthMax + 20}
          {...form.getInputProps('name')}
        />
        {preset !== null && naming.kind === 'save' && (
          <Checkbox
            label={`Keep these exact days (${dayRangeText(naming.view)})`}
            description={`Otherwise the view shows "${periodPresetLabels[preset]}" counted from the day you open it.`}
            {...form.getInputProps('fixDays', { type: 'checkbox' })}
          />
        )}
        <div>
          <Text size="sm" fw={500}>
            Filters
          </Text>
          <Text size="sm" c="dimmed" data-testid="saved-view-filters">
            {savedFiltersText(filters)}
          </Text>
        </div>
        {failure !== null && <OperationErrorAlert title="Not saved" error={failure} />}
        <FormButtons
          submitLabel={naming.kind === 'save' ? 'Save view' : 'Rename'}
          busy={busy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
