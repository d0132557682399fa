import type { BranchHead } from './CurrentUserContext';

/** "North office — branch SD-NORTH", or "Branch SD-NORTH" before the name is known. */
export function branchText(branch: BranchHead): string {
  return branch.name === null ? `Branch ${branch.code}` : `${branch.name} — branch ${branch.code}`;
}

/** "the branch of SD-NORTH (North office)", to say in a sentence where someone works. */
export function branchOfText(branch: BranchHead): string {
  return branch.name === null
    ? `the branch of ${branch.code}`
    : `the branch of ${branch.code} (${branch.name})`;
}
