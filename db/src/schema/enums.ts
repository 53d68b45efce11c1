import { pgEnum } from 'drizzle-orm/pg-core';
import {
  complianceActions,
  complianceResults,
  documentKinds,
  escalationLevels,
  industries,
  interactionKinds,
  leadSources,
  leadStatuses,
  likelihoods,
  problemCategories,
  problemStatuses,
  problemUpdateKinds,
  projectSources,
  regionLevels,
  roles,
  stages,
  targetKinds,
  unitKinds,
} from '../values.ts';

// The database's enums, each from its one list of values (values.ts).
export const roleEnum = pgEnum('role', roles);
export const unitKindEnum = pgEnum('unit_kind', unitKinds);
export const regionLevelEnum = pgEnum('region_level', regionLevels);
export const industryEnum = pgEnum('industry', industries);
export const projectSourceEnum = pgEnum('project_source', projectSources);
export const stageEnum = pgEnum('stage', stages);
export const problemCategoryEnum = pgEnum('problem_category', problemCategories);
export const problemStatusEnum = pgEnum('problem_status', problemStatuses);
export const escalationLevelEnum = pgEnum('escalation_level', escalationLevels);
export const problemUpdateKindEnum = pgEnum('problem_update_kind', problemUpdateKinds);
export const complianceActionEnum = pgEnum('compliance_action', complianceActions);
export const complianceResultEnum = pgEnum('compliance_result', complianceResults);
export const targetKindEnum = pgEnum('target_kind', targetKinds);
export const leadSourceEnum = pgEnum('lead_source', leadSources);
export const leadStatusEnum = pgEnum('lead_status', leadStatuses);
export const likelihoodEnum = pgEnum('likelihood', likelihoods);
export const interactionKindEnum = pgEnum('interaction_kind', interactionKinds);
export const documentKindEnum = pgEnum('document_kind', documentKinds);

export {
  administratorRoles,
  businessRoles,
  creatableRoles,
  type Industry,
  type ProjectSource,
  type Role,
  type Stage,
  type Tier,
  tiers,
  type UnitKind,
} from '../values.ts';
