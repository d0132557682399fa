import type { AddRetailerInput } from '../../contract/retailerSchemas';

/** One thing wrong with a retailer as proposed, named by its field. */
export interface RetailerIssue {
  field: string;
  message: string;
  /** `bad_input`: the request names something that does not exist; `business_rule`: a conflict. */
  code: 'bad_input' | 'business_rule';
  reason: string;
}

/** What the checks need to know about retailers that exist (or are about to, in an import). */
export interface RetailerLookups {
  retailer(code: string): { code: string; level: string; status: string; ancestry: string } | undefined;
  partyHolder(operatorPartyId: string): string | undefined;
  msisdnHolder(msisdn: string): string | undefined;
  planExists(planCode: string): boolean;
}

/** The rules of the hierarchy: a parent is an open sub-distributor. */
export function parentIssue(
  parentCode: string | null | undefined,
  lookups: RetailerLookups,
): RetailerIssue | undefined {
  if (parentCode === null || parentCode === undefined) return undefined;
  const parent = lookups.retailer(parentCode);
  if (parent === undefined) {
    return {
      field: 'parentCode',
      message: `names no retailer (${parentCode})`,
      code: 'bad_input',
      reason: 'unknown_parent',
    };
  }
  if (parent.level !== 'sub_distributor') {
    return {
      field: 'parentCode',
      message: `${parentCode} is a retailer; only a sub-distributor can have retailers under it`,
      code: 'business_rule',
      reason: 'parent_not_sub_distributor',
    };
  }
  if (parent.status === 'closed') {
    return {
      field: 'parentCode',
      message: `${parentCode} is closed; choose an open sub-distributor`,
      code: 'business_rule',
      reason: 'parent_closed',
    };
  }
  return undefined;
}

/** Everything wrong with onboarding `fields` under `code` (already chosen or generated). */
export function newRetailerIssues(
  code: string,
  fields: AddRetailerInput,
  lookups: RetailerLookups,
): RetailerIssue[] {
  const issues: RetailerIssue[] = [];
  const codeTaken = lookups.retailer(code) !== undefined;
  if (codeTaken) {
    issues.push({
      field: 'code',
      message: `${code} is already a reseller code (codes are never reused, even after closing)`,
      code: 'business_rule',
      reason: 'code_taken',
    });
  }
  const partyId = fields.operatorPartyId ?? code;
  const partyHolder = lookups.partyHolder(partyId);
  // A taken code already says it all when the party id is the code itself.
  if (partyHolder !== undefined && !(codeTaken && fields.operatorPartyId === undefined)) {
    issues.push({
      field: 'operatorPartyId',
      message: `operator party ${partyId} is already ${partyHolder}'s`,
      code: 'business_rule',
      reason: 'party_taken',
    });
  }
  const parent = parentIssue(fields.parentCode, lookups);
  if (parent !== undefined) issues.push(parent);
  issues.push(...sharedIssues(code, fields, lookups));
  return issues;
}

/** Checks that hold for a new retailer and for an edit alike. */
export function sharedIssues(
  code: string,
  fields: Pick<AddRetailerInput, 'walletMsisdn' | 'commissionPlanCode' | 'terms' | 'creditLimitMinor'>,
  lookups: RetailerLookups,
): RetailerIssue[] {
  const issues: RetailerIssue[] = [];
  if (fields.walletMsisdn !== null && fields.walletMsisdn !== undefined) {
    const holder = lookups.msisdnHolder(fields.walletMsisdn);
    if (holder !== undefined && holder !== code) {
      issues.push({
        field: 'walletMsisdn',
        message: `${fields.walletMsisdn} is already the wallet of ${holder}`,
        code: 'business_rule',
        reason: 'msisdn_taken',
      });
    }
  }
  if (
    fields.commissionPlanCode !== null &&
    fields.commissionPlanCode !== undefined &&
    !lookups.planExists(fields.commissionPlanCode)
  ) {
    issues.push({
      field: 'commissionPlanCode',
      message: `names no commission plan (${fields.commissionPlanCode})`,
      code: 'bad_input',
      reason: 'unknown_plan',
    });
  }
  if (fields.terms === 'postpaid' && (fields.creditLimitMinor ?? 0) <= 0) {
    issues.push({
      field: 'creditLimitMinor',
      message: 'must be above zero for a postpaid retailer (it is what the retailer may owe)',
      code: 'bad_input',
      reason: 'credit_limit_missing',
    });
  }
  return issues;
}
