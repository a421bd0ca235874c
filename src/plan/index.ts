export { buildPlan, renderPlan, PLAN_FORMATS, type Plan, type PlanFormat, type PlanJob } from './plan.js';
export { credentialName, azCreateCommand, graphCreateRequest, type CredentialSpec } from './names.js';
