import { i18n } from '../i18n/i18n';
import type { BranchHead } from './CurrentUserContext';

/** "North office — branch SD-NORTH", or "Branch SD-NORTH" before the name is known. */
export function branchText(branch: BranchHead): string {
  return branch.name === null
    ? i18n.t('session:branch.unnamed', { code: branch.code })
    : i18n.t('session:branch.named', { name: branch.name, code: branch.code });
}

/** "the branch of SD-NORTH (North office)", to say in a sentence where someone works. */
export function branchOfText(branch: BranchHead): string {
  return branch.name === null
    ? i18n.t('session:branch.ofUnnamed', { code: branch.code })
    : i18n.t('session:branch.ofNamed', { code: branch.code, name: branch.name });
}
