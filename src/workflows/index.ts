// Workflow-aware analysis: read workflows, detect Azure sign-in, predict each job's OIDC subject.
export { analyseWorkflows, MAX_WORKFLOW_BYTES, type AnalyseOptions, type WorkflowFile } from './analyse.js';
export { readWorkflowFiles, DEFAULT_WORKFLOWS_FOLDER, type ReadWorkflowsResult } from './read.js';
export { parseWorkflow, type ParsedWorkflow, type ParseResult } from './parse.js';
export { classifyClientId } from './scope.js';
export { GITHUB_ISSUER, TOKEN_EXCHANGE_AUDIENCE, jobSignsInAs, signsInAs } from './attribution.js';
export type * from './model.js';
