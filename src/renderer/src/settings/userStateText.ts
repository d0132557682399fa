import type { UserView } from '../../../contract/userSchemas';
import { formatInstant } from '../format/formatInstant';

/** "Active", "Locked until Nov 02, 2026, 10:15", "Disabled". */
export function userStateText(user: Pick<UserView, 'state' | 'lockedUntil'>): string {
  switch (user.state) {
    case 'active':
      return 'Active';
    case 'locked':
      return user.lockedUntil === null ? 'Locked' : `Locked until ${formatInstant(user.lockedUntil)}`;
    case 'disabled':
      return 'Disabled';
  }
}

export const userStateColors: Record<UserView['state'], string> = {
  active: 'teal',
  locked: 'orange',
  disabled: 'gray',
};
