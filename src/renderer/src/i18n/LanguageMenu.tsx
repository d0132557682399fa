import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './LanguageProvider';
import { languageNames, languages } from './languages';

/** The header's language switch: each language named in itself, so anyone can find their own. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('language.choose')}>
          <ActionIcon variant="default" size="lg" aria-label={t('language.choose')}>
            <IconLanguage size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((candidate) => (
          <Menu.Item
            key={candidate}
            lang={candidate}
            onClick={() => setLanguage(candidate)}
            rightSection={candidate === language ? <IconCheck size={14} /> : null}
            aria-current={candidate === language ? 'true' : undefined}
          >
            {languageNames[candidate]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
