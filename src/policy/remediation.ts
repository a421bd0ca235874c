// Remediation commands name the Microsoft Graph of the tenant's cloud: a US Government, DoD or China tenant is not
// managed through graph.microsoft.com. The shells put the cloud's Graph in the evaluation context (policy code
// stays pure); without one (a snapshot of an unnamed cloud) the global cloud is assumed.
import type { EvaluationContext } from './types.js';

export const GLOBAL_GRAPH = 'https://graph.microsoft.com';

export function graphOf(context: Pick<EvaluationContext, 'graphEndpoint'>): string {
  return context.graphEndpoint ?? GLOBAL_GRAPH;
}
