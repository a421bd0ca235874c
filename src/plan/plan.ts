// Pure: the `plan` command — which subjects the repository's jobs present and the credentials they need.
import { issuerOf, jobSignsInAs } from '../workflows/attribution.js';
import type { ClientIdSource, SubjectFormat, WorkflowAnalysis, WorkflowJob } from '../workflows/model.js';
import { azCreateCommand, credentialBody, credentialName } from './names.js';
import { parseIdentityResourceId } from '../arm/resource-id.js';
import { identityCreateCommand } from '../policy/rules/managed-identity.js';

/** The JSON contract of `plan --format json`, version 1. Field names are public. */
export interface Plan {
  version: 1;
  repository: string;
  subjectFormat: SubjectFormat;
  issuer: string;
  appId?: string;
  /** The user-assigned managed identity the credentials are for (its ARM resource id), when asked for one. */
  identity?: string;
  jobs: PlanJob[];
}

export interface PlanJob {
  file: string;
  job: string;
  line: number;
  signsIn: boolean;
  clientId: { source: ClientIdSource; value: string } | null;
  /** Environment name, or its expression when it is computed; null without one. */
  environment: string | null;
  triggers: string[];
  subjects: { subject: string; kind: 'exact' | 'pattern' | 'unresolved'; reason?: string }[];
  jobWorkflowRef?: string;
}

export type PlanFormat = 'text' | 'json' | 'az' | 'terraform';
export const PLAN_FORMATS: readonly PlanFormat[] = ['text', 'json', 'az', 'terraform'];

export function buildPlan(analysis: WorkflowAnalysis, options: { appId?: string; identity?: string } = {}): Plan {
  const jobs = analysis.jobs.filter((job) => {
    if (!job.signsIn && !job.idTokenWrite) return false;
    if (options.appId === undefined) return true;
    // For one app: jobs that sign in as it, or whose client id cannot be told apart from it.
    return jobSignsInAs(job, options.appId, analysis.actionClientId) !== 'no';
  });
  const plan: Plan = {
    version: 1,
    repository: `${analysis.repository.owner}/${analysis.repository.name}`,
    subjectFormat: analysis.repository.subjectFormat,
    issuer: issuerOf(analysis),
    jobs: jobs.map(planJob),
  };
  if (options.appId !== undefined) plan.appId = options.appId;
  if (options.identity !== undefined) plan.identity = options.identity;
  return plan;
}

function planJob(job: WorkflowJob): PlanJob {
  const entry: PlanJob = {
    file: job.file,
    job: job.job,
    line: job.line,
    signsIn: job.signsIn,
    clientId: job.clientId ? { source: job.clientId.source, value: job.clientId.value } : null,
    environment: job.environment ? (job.environment.expression ?? job.environment.name) : null,
    triggers: [...job.triggers],
    subjects: job.subjects.map((s) =>
      s.reason === undefined
        ? { subject: s.subject, kind: s.kind }
        : { subject: s.subject, kind: s.kind, reason: s.reason },
    ),
  };
  if (job.jobWorkflowRef !== undefined) entry.jobWorkflowRef = job.jobWorkflowRef;
  return entry;
}

interface NeededCredential {
  name: string;
  subject: string;
  description: string;
}

/** One credential per distinct exact subject of the jobs that sign in, in order of first appearance. */
function neededCredentials(plan: Plan): {
  credentials: NeededCredential[];
  others: { subject: string; kind: string; reason: string }[];
} {
  const credentials: NeededCredential[] = [];
  const others: { subject: string; kind: string; reason: string }[] = [];
  const taken = new Set<string>();
  const seen = new Set<string>();
  for (const job of plan.jobs.filter((j) => j.signsIn)) {
    for (const s of job.subjects) {
      if (seen.has(`${s.kind}\u0000${s.subject}`)) continue;
      seen.add(`${s.kind}\u0000${s.subject}`);
      if (s.kind !== 'exact') {
        others.push({ subject: s.subject, kind: s.kind, reason: s.reason ?? '' });
        continue;
      }
      const name = credentialName(s.subject, taken);
      taken.add(name);
      credentials.push({ name, subject: s.subject, description: `${job.file} job ${job.job}` });
    }
  }
  return { credentials, others };
}

export function renderPlan(plan: Plan, format: PlanFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(plan, null, 2)}\n`;
    case 'az':
      return renderAz(plan);
    case 'terraform':
      return renderTerraform(plan);
    case 'text':
      return renderText(plan);
  }
}

/** Workflow text is untrusted: no control characters (terminal escapes) or newlines reach the output. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function comment(text: string): string {
  return `# ${clean(text)}`;
}

function renderAz(plan: Plan): string {
  // [managed identities] credentials of a user-assigned managed identity are ARM resources.
  const identity = plan.identity === undefined ? null : parseIdentityResourceId(plan.identity);
  if (identity) return renderIdentityAz(plan, identity);
  const { credentials, others } = neededCredentials(plan);
  const app = plan.appId ?? '"$APP_ID"';
  const lines = [comment(`Federated credentials for ${plan.repository} (subject format: ${plan.subjectFormat.kind})`)];
  if (plan.appId === undefined)
    lines.push(comment('Set APP_ID to the application (client) id first: APP_ID=<client id>'));
  if (credentials.length === 0) lines.push(comment('No job that signs in presents an exact subject.'));
  for (const c of credentials) {
    lines.push(
      azCreateCommand(app, {
        name: c.name,
        issuer: plan.issuer,
        subject: c.subject,
        description: clean(c.description),
      }),
    );
  }
  for (const o of others) {
    const what = o.kind === 'pattern' ? 'needs a flexible credential' : 'cannot be predicted';
    lines.push(comment(`${o.kind} (${what}): ${o.subject}${o.reason ? ` — ${o.reason}` : ''}`));
  }
  return `${lines.join('\n')}\n`;
}

function terraformString(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function renderTerraform(plan: Plan): string {
  const identity = plan.identity === undefined ? null : parseIdentityResourceId(plan.identity);
  if (identity) return renderIdentityTerraform(plan, identity.id);
  const { credentials, others } = neededCredentials(plan);
  const blocks: string[] = [
    comment(`Federated credentials for ${plan.repository} (subject format: ${plan.subjectFormat.kind})`),
    comment('application_id is the application resource id, "/applications/<object id>" (azuread provider 3.x).'),
    'variable "application_id" {\n  type = string\n}',
  ];
  const identifiers = new Set<string>();
  for (const c of credentials) {
    let identifier = `fic_${c.name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}`;
    while (identifiers.has(identifier)) identifier += '_';
    identifiers.add(identifier);
    const body = credentialBody({
      name: c.name,
      issuer: plan.issuer,
      subject: c.subject,
      description: clean(c.description),
    });
    blocks.push(
      [
        `resource "azuread_application_federated_identity_credential" "${identifier}" {`,
        '  application_id = var.application_id',
        `  display_name   = ${terraformString(String(body['name']))}`,
        `  description    = ${terraformString(String(body['description']))}`,
        `  audiences      = [${terraformString('api://AzureADTokenExchange')}]`,
        `  issuer         = ${terraformString(plan.issuer)}`,
        `  subject        = ${terraformString(c.subject)}`,
        '}',
      ].join('\n'),
    );
  }
  for (const o of others) {
    const what = o.kind === 'pattern' ? 'needs a flexible credential' : 'cannot be predicted';
    blocks.push(comment(`${o.kind} (${what}): ${o.subject}${o.reason ? ` — ${o.reason}` : ''}`));
  }
  return `${blocks.join('\n\n')}\n`;
}

function otherLines(others: { subject: string; kind: string; reason: string }[], identity: boolean): string[] {
  return others.map((o) => {
    const what =
      o.kind === 'pattern'
        ? identity
          ? 'needs a flexible credential, which a managed identity cannot have'
          : 'needs a flexible credential'
        : 'cannot be predicted';
    return comment(`${o.kind} (${what}): ${o.subject}${o.reason ? ` — ${o.reason}` : ''}`);
  });
}

/** `az identity federated-credential create` per needed credential of a user-assigned managed identity. */
function renderIdentityAz(plan: Plan, identity: NonNullable<ReturnType<typeof parseIdentityResourceId>>): string {
  const { credentials, others } = neededCredentials(plan);
  const lines = [
    comment(`Federated credentials for ${plan.repository} (subject format: ${plan.subjectFormat.kind})`),
    comment(`on the user-assigned managed identity ${identity.id}`),
  ];
  if (credentials.length === 0) lines.push(comment('No job that signs in presents an exact subject.'));
  for (const c of credentials)
    lines.push(identityCreateCommand(identity, { name: c.name, issuer: plan.issuer, subject: c.subject }));
  lines.push(...otherLines(others, true));
  return `${lines.join('\n')}\n`;
}

/** azurerm_federated_identity_credential per needed credential of a user-assigned managed identity. */
function renderIdentityTerraform(plan: Plan, resourceId: string): string {
  const { credentials, others } = neededCredentials(plan);
  const blocks: string[] = [
    comment(`Federated credentials for ${plan.repository} (subject format: ${plan.subjectFormat.kind})`),
    comment(
      "user_assigned_identity_id is the identity's resource id (azurerm provider 5.x; older providers call it parent_id and also need resource_group_name).",
    ),
    `variable "user_assigned_identity_id" {\n  type    = string\n  default = ${terraformString(resourceId)}\n}`,
  ];
  const identifiers = new Set<string>();
  for (const c of credentials) {
    let identifier = `fic_${c.name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}`;
    while (identifiers.has(identifier)) identifier += '_';
    identifiers.add(identifier);
    blocks.push(
      [
        `resource "azurerm_federated_identity_credential" "${identifier}" {`,
        `  name                      = ${terraformString(c.name)}`,
        '  user_assigned_identity_id = var.user_assigned_identity_id',
        `  audience                  = [${terraformString('api://AzureADTokenExchange')}]`,
        `  issuer                    = ${terraformString(plan.issuer)}`,
        `  subject                   = ${terraformString(c.subject)}`,
        '}',
      ].join('\n'),
    );
  }
  blocks.push(...otherLines(others, true));
  return `${blocks.join('\n\n')}\n`;
}

function renderText(plan: Plan): string {
  const lines = [
    `Repository ${plan.repository} — subject format ${plan.subjectFormat.kind} (${plan.subjectFormat.source})`,
  ];
  if (plan.appId !== undefined) lines.push(`App ${plan.appId}`);
  if (plan.jobs.length === 0) {
    lines.push('', 'No job signs in to Azure or requests id-token: write.');
    return `${lines.join('\n')}\n`;
  }
  const rows = plan.jobs.map((j) => [
    clean(`${j.file}:${j.line}`),
    clean(j.job),
    j.signsIn ? 'yes' : 'no (id-token only)',
    j.clientId ? clean(`${j.clientId.source}: ${j.clientId.value}`) : '-',
    j.environment === null ? '-' : clean(j.environment),
    clean(j.triggers.join(', ')),
  ]);
  const header = ['LOCATION', 'JOB', 'SIGNS IN', 'CLIENT ID', 'ENVIRONMENT', 'TRIGGERS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  lines.push('', format(header));
  plan.jobs.forEach((job, index) => {
    lines.push(format(rows[index] ?? []));
    for (const s of job.subjects) {
      lines.push(`    ${s.kind.padEnd(10)} ${clean(s.subject)}${s.reason ? `  (${clean(s.reason)})` : ''}`);
    }
  });
  const { credentials } = neededCredentials(plan);
  lines.push(
    '',
    `${credentials.length} federated credential(s) needed for exact subjects; see --format az or terraform.`,
  );
  return `${lines.join('\n')}\n`;
}
