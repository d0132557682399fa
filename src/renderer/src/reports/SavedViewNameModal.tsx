import { Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import {
  type SavedView,
  SavedViewNameInput,
  savedViewNameLengthMax,
} from '../../../contract/savedViewSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { dayRangeText, periodPresetLabel } from './reportPeriod';
import type { ReportView } from './reportQuery';
import { savedFiltersOf, savedFiltersText } from './savedViewFilters';

/** Saving the filters on screen under a new name, or renaming a view already saved. */
export type SavedViewNaming = { kind: 'save'; view: ReportView } | { kind: 'rename'; saved: SavedView };

const validateName = localizedResolver(SavedViewNameInput);

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
  const { t } = useTranslation('reports');
  const title =
    naming === null
      ? ''
      : naming.kind === 'save'
        ? t('savedViews.nameModal.saveTitle')
        : t('savedViews.nameModal.renameTitle', { name: naming.saved.name });
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
  const { t } = useTranslation('reports');
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
      aria-label={
        naming.kind === 'save' ? t('savedViews.nameModal.saveTitle') : t('savedViews.nameModal.renameForm')
      }
      onSubmit={form.onSubmit(submit)}
    >
      <Stack gap="md">
        <TextInput
          label={t('savedViews.nameModal.name')}
          description={t('savedViews.nameModal.nameDescription', { max: savedViewNameLengthMax })}
          placeholder={t('savedViews.nameModal.namePlaceholder')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          maxLength={savedViewNameLengthMax + 20}
          {...form.getInputProps('name')}
        />
        {preset !== null && naming.kind === 'save' && (
          <Checkbox
            label={t('savedViews.nameModal.fixDays', { period: dayRangeText(naming.view) })}
            description={t('savedViews.nameModal.fixDaysDescription', { preset: periodPresetLabel(preset) })}
            {...form.getInputProps('fixDays', { type: 'checkbox' })}
          />
        )}
        <div>
          <Text size="sm" fw={500}>
            {t('savedViews.nameModal.filters')}
          </Text>
          <Text size="sm" c="dimmed" data-testid="saved-view-filters">
            {savedFiltersText(filters)}
          </Text>
        </div>
        {failure !== null && (
          <OperationErrorAlert title={t('savedViews.nameModal.notSaved')} error={failure} />
        )}
        <FormButtons
          submitLabel={
            naming.kind === 'save' ? t('savedViews.nameModal.saveView') : t('savedViews.nameModal.rename')
          }
          busy={busy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
