import { accessAudits } from './accessAudits';
import { backOfficeAudits } from './backOfficeAudits';
import type { OperationAudits } from './operationAudit';

/** How the trail records each operation that changes state (those missing here get a generic line). */
export const operationAudits: OperationAudits = { ...accessAudits, ...backOfficeAudits };
