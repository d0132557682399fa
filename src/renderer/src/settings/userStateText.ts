import type { UserView } from '../../../contract/userSchemas';
import { formatInstant } from '../format/formatInstant';
import { i18n } from '../i18n/i18n';

/** "Active", "Locked until Nov 02, 2026, 10:15", "Disabled". */
export function userStateText(user: Pick<UserView, 'state' | 'lockedUntil'>): string {
  switch (user.state) {
    case 'active':
      return i18n.t('settings:userState.active');
    case 'locked':
      return user.lockedUntil === null
        ? i18n.t('settings:userState.locked')
        : i18n.t('settings:userState.lockedUntil', { time: formatInstant(user.lockedUntil) });
    case 'disabled':
      return i18n.t('settings:userState.disabled');
  }
}

export const userStateColors: Record<UserView['state'], string> = {
  active: 'teal',
  locked: 'orange',
  disabled: 'gray',
};
