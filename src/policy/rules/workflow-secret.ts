// workflow-secret-sign-in: a workflow job signs in to Azure with a stored client secret or certificate
// instead of a federated credential. Such a job presents no OIDC subject; the secret is the standing access.
import type { AppInventory } from '../../inventory/model.js';
import { jobSignsInWithSecretAs, secretSignIns } from '../../workflows/attribution.js';
import type { SignIn, WorkflowJob } from '../../workflows/model.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { quote } from './text.js';
import { attributionOptions, jobLabel, jobTarget } from './workflow.js';

function reference(signIn: SignIn): string {
  return signIn.clientId ? ` with client id ${signIn.clientId.value}` : '';
}

/** Jobs that sign in as this app with a secret; one only assumed to be the app is reported with the first assumed app. */
function secretJobs(app: AppInventory, context: EvaluationContext): { job: WorkflowJob; assumed: boolean }[] {
  const analysis = context.workflows;
  if (!analysis) return [];
  const options = attributionOptions(context);
  const first = context.assumedApps?.[0]?.appId.toLowerCase();
  return analysis.jobs.flatMap((job): { job: WorkflowJob; assumed: boolean }[] => {
    if (secretSignIns(job).length === 0) return [];
    const verdict = jobSignsInWithSecretAs(job, app.appId, options);
    if (verdict === 'yes') return [{ job, assumed: false }];
    if (verdict === 'assumed' && first === app.appId.toLowerCase()) return [{ job, assumed: true }];
    return [];
  });
}

export const workflowSecretSignIn: RuleDefinition = {
  id: 'workflow-secret-sign-in',
  defaultSeverity: 'warning',
  title: 'A workflow job signs in to Azure with a client secret or certificate instead of a federated credential.',
  rationale:
    'A secret kept in GitHub (azure/login `creds:` or `client-secret`, `az login --service-principal` with a password or certificate, `ARM_CLIENT_SECRET`, `AZURE_CLIENT_SECRET`, `Connect-AzAccount -ServicePrincipal -Credential`) works from anywhere, for anyone who can read it, until it expires. A federated credential trusts only the runs GitHub vouches for, and there is nothing to leak or rotate. Such a job presents no OIDC subject, so no federated credential is judged for it.',
  example:
    'Job "deploy" of .github/workflows/deploy.yml runs azure/login with creds: ${{ secrets.AZURE_CREDENTIALS }}, a JSON holding clientSecret.',
  fix: 'Switch the job to OpenID Connect: grant `permissions: id-token: write`, pass `client-id`, `tenant-id` and `subscription-id` to azure/login (or set `ARM_USE_OIDC: true` for Terraform), add a federated credential for the subject the job presents (`plan` prints it), then delete the secret from the app and from GitHub.',
  check(app, context) {
    const hits: RuleHit[] = [];
    for (const { job, assumed } of secretJobs(app, context)) {
      for (const signIn of secretSignIns(job)) {
        const as = assumed
          ? `and its client id cannot be read here, so it is assumed to be app ${quote(app.displayName)} (${app.appId}) or another of the apps judged`
          : `as app ${quote(app.displayName)} (${app.appId})`;
        hits.push({
          target: jobTarget(job),
          location: { file: job.file, line: signIn.line },
          message: `The ${jobLabel(job)} signs in to Azure through ${signIn.method}${reference(signIn)}, ${as}: a stored secret or certificate, not a federated credential.`,
          remediation: `Use OpenID Connect instead: give the job \`permissions: id-token: write\`, sign in with azure/login and \`client-id\` (no \`creds\`/secret), add a federated credential for the subject the job presents, then remove the secret from the app (\`az ad app credential list --id ${app.appId}\`) and from GitHub.`,
        });
      }
    }
    return hits;
  },
};
