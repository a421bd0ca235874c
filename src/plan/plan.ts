// Pure: the `plan` command — which subjects the repository's jobs present and the credentials they need.
import { federatedSignIns, issuerOf, jobSignsInAs } from '../workflows/attribution.js';
import type { ClientIdRef, ClientIdSource, SubjectFormat, WorkflowAnalysis, WorkflowJob } from '../workflows/model.js';
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
  /** Whether it signs in through a federated credential (OIDC); false for a stored secret or certificate only. */
  federated: boolean;
  /** How it signs in (the first federated sign-in, else the first sign-in); null when it only requests a token. */
  method: string | null;
  /** Every sign-in in step order. */
  signIns: {
    method: string;
    line: number;
    federated: boolean;
    clientId: { source: ClientIdSource; value: string } | null;
  }[];
  /** For a job of a called workflow: the calling jobs, outermost first (file, job, line). */
  callers?: { file: string; job: string; line: number }[];
  /** What was assumed to predict its subjects (a caller outside the repository, a workflow in another one). */
  assumption?: string;
  /** `resolved`: the app id when known (a literal, or a variable read through the GitHub API). */
  clientId: { source: ClientIdSource; value: string; resolved?: string } | null;
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

function clientIdOf(ref: ClientIdRef): NonNullable<PlanJob['clientId']> {
  const out: NonNullable<PlanJob['clientId']> = { source: ref.source, value: ref.value };
  if (ref.resolved !== undefined && ref.source !== 'literal') out.resolved = ref.resolved;
  return out;
}

function planJob(job: WorkflowJob): PlanJob {
  const federated = federatedSignIns(job);
  const entry: PlanJob = {
    file: job.file,
    job: job.job,
    line: job.line,
    signsIn: job.signsIn,
    federated: federated.length > 0,
    method: federated[0]?.method ?? job.signInMethod ?? null,
    signIns: (job.signIns ?? federated).map((s) => ({
      method: s.method,
      line: s.line,
      federated: s.federated,
      clientId: s.clientId ? { source: s.clientId.source, value: s.clientId.value } : null,
    })),
    clientId: job.clientId ? clientIdOf(job.clientId) : null,
    environment: job.environment ? (job.environment.expression ?? job.environment.name) : null,
    triggers: [...job.triggers],
    subjects: job.subjects.map((s) =>
      s.reason === undefined
        ? { subject: s.subject, kind: s.kind }
        : { subject: s.subject, kind: s.kind, reason: s.reason },
    ),
  };
  if (job.jobWorkflowRef !== undefined) entry.jobWorkflowRef = job.jobWorkflowRef;
  if (job.callers) entry.callers = job.callers.map((c) => ({ ...c }));
  if (job.assumption !== undefined) entry.assumption = job.assumption;
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
  for (const job of plan.jobs.filter((j) => j.signsIn && j.federated)) {
    for (const s of job.subjects) {
      if (seen.has(`${s.kind}\u0000${s.subject}`)) continue;
      seen.add(`${s.kind}\u0000${s.subject}`);
      if (s.kind !== 'exact') {
        others.push({ subject: s.subject, kind: s.kind, reason: s.reason ?? '' });
        continue;
      }
      const name = credentialName(s.subject, taken);
      taken.add(name);
      credentials.push({ name, subject: s.subject, description: describeJob(job) });
    }
  }
  return { credentials, others };
}

/** `file job X`, and for a called job the file of its outermost caller, so two callers stay apart. */
function describeJob(job: PlanJob): string {
  const caller = job.callers?.[0];
  return caller ? `${job.file} job ${job.job} (called from ${caller.file})` : `${job.file} job ${job.job}`;
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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PULL_REQUEST_SUBJECT = /:pull_request$/;

/** The credentials of one app: the jobs that sign in with the same client id (literal, or the same expression). */
interface AppCredentials {
  /** The literal client id, when the workflows or --app name it. */
  clientId?: string;
  /** A name for the app made of [A-Z0-9_] only: the variable name's suffix (APP_ID_<NAME>). */
  name: string;
  /** What the workflows say the client id is (a GUID or an expression), for comments. */
  source: string;
  credentials: NeededCredential[];
  /** pull_request subjects left out because the app also signs in for other events (it deploys). */
  withheld: NeededCredential[];
  others: { subject: string; kind: string; reason: string }[];
}

function appOf(plan: Plan, job: PlanJob): { clientId?: string; name: string; source: string } {
  if (plan.appId !== undefined)
    return { clientId: plan.appId.toLowerCase(), name: guidName(plan.appId), source: plan.appId };
  const ref = job.clientId;
  if (ref === null) return { name: 'UNKNOWN', source: 'no client id found' };
  if (GUID.test(ref.value)) return { clientId: ref.value.toLowerCase(), name: guidName(ref.value), source: ref.value };
  // `vars.AZURE_CLIENT_ID` → AZURE_CLIENT_ID; workflow text, so only letters, digits and '_' survive.
  const last = /([A-Za-z0-9_]+)\W*$/.exec(ref.value)?.[1] ?? 'UNKNOWN';
  const name = last.toUpperCase().slice(0, 60) || 'UNKNOWN';
  return { name, source: clean(ref.value) };
}

function guidName(guid: string): string {
  return guid.slice(0, 8).toUpperCase();
}

/**
 * Credentials grouped by app, in order of first appearance. An app whose jobs also sign in for anything but a
 * pull request deploys: its pull_request subjects are withheld, because such a trust lets any branch of the
 * repository sign in as the deploying app (the fic-pull-request rule).
 */
function credentialsByApp(plan: Plan): AppCredentials[] {
  const apps = new Map<string, AppCredentials>();
  // Credential names are unique per app (Entra's constraint), so each app has its own set.
  const taken = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const job of plan.jobs.filter((j) => j.signsIn)) {
    const app = appOf(plan, job);
    const key = app.clientId ?? `expr:${app.source}`;
    let group = apps.get(key);
    if (group === undefined) {
      const clashes = [...apps.values()].filter((a) => a.name === app.name || a.name.startsWith(`${app.name}_`)).length;
      group = {
        ...app,
        name: clashes === 0 ? app.name : `${app.name}_${clashes + 1}`,
        credentials: [],
        withheld: [],
        others: [],
      };
      apps.set(key, group);
    }
    for (const s of job.subjects) {
      const id = `${key}\u0000${s.kind}\u0000${s.subject}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (s.kind !== 'exact') {
        group.others.push({ subject: s.subject, kind: s.kind, reason: s.reason ?? '' });
        continue;
      }
      const names = taken.get(key) ?? new Set<string>();
      taken.set(key, names);
      const name = credentialName(s.subject, names);
      names.add(name);
      group.credentials.push({ name, subject: s.subject, description: describeJob(job) });
    }
  }
  for (const group of apps.values()) {
    const deploys =
      group.credentials.some((c) => !PULL_REQUEST_SUBJECT.test(c.subject)) ||
      group.others.some((o) => !PULL_REQUEST_SUBJECT.test(o.subject));
    if (!deploys) continue;
    group.withheld = group.credentials.filter((c) => PULL_REQUEST_SUBJECT.test(c.subject));
    group.credentials = group.credentials.filter((c) => !PULL_REQUEST_SUBJECT.test(c.subject));
  }
  return [...apps.values()];
}

const INSTEAD =
  "Instead, check pull requests without Azure access (the guard's snapshot mode), or give the pull-request " +
  'job its own app with read-only permissions, or move the step that needs Azure to a protected environment.';

function withheldComments(group: AppCredentials): string[] {
  return group.withheld.map((c) =>
    comment(
      `NOT created: ${c.subject} (${c.description}). This app also deploys, and a pull_request trust lets any ` +
        `pull request from a branch of the repository sign in as it. ${INSTEAD}`,
    ),
  );
}

function otherComments(group: AppCredentials): string[] {
  return group.others.map((o) => {
    const what = o.kind === 'pattern' ? 'needs a flexible credential' : 'cannot be predicted';
    return comment(`${o.kind} (${what}): ${o.subject}${o.reason ? ` — ${o.reason}` : ''}`);
  });
}

function pullRequestWarning(group: AppCredentials): string[] {
  if (!group.credentials.some((c) => PULL_REQUEST_SUBJECT.test(c.subject))) return [];
  return [
    comment(
      'This app signs in only for pull requests: any pull request from a branch of the repository can use it, so ' +
        'it must hold read-only permissions (fic-pull-request reports the trust as an error until excepted).',
    ),
  ];
}

function renderAz(plan: Plan): string {
  // [managed identities] credentials of a user-assigned managed identity are ARM resources.
  const identity = plan.identity === undefined ? null : parseIdentityResourceId(plan.identity);
  if (identity) return renderIdentityAz(plan, identity);
  const groups = credentialsByApp(plan);
  const lines = [comment(`Federated credentials for ${plan.repository} (subject format: ${plan.subjectFormat.kind})`)];
  if (groups.length === 0) lines.push(comment('No job signs in to Azure.'));
  const variables = groups.filter((g) => g.clientId === undefined && g.credentials.length > 0);
  if (variables.length > 0) {
    lines.push(
      comment('One variable per app; the script stops if one is unset. Set each to its application (client) id.'),
    );
    for (const g of variables) {
      const hint = g.source.replace(/[^A-Za-z0-9_.\- ]/g, '');
      lines.push(`APP_ID_${g.name}="\${APP_ID_${g.name}:?set APP_ID_${g.name} to the client id of ${hint}}"`);
    }
  }
  for (const g of groups) {
    const id = g.clientId ?? `"$APP_ID_${g.name}"`;
    lines.push('', comment(`App ${g.source}`), ...pullRequestWarning(g));
    if (g.credentials.length === 0) lines.push(comment('No exact subject to create.'));
    for (const c of g.credentials) {
      lines.push(
        azCreateCommand(id, {
          name: c.name,
          issuer: plan.issuer,
          subject: c.subject,
          description: clean(c.description),
        }),
      );
    }
    lines.push(...withheldComments(g), ...otherComments(g));
  }
  return `${lines.join('\n')}\n`;
}

function terraformString(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function renderTerraform(plan: Plan): string {
  const identity = plan.identity === undefined ? null : parseIdentityResourceId(plan.identity);
  if (identity) return renderIdentityTerraform(plan, identity.id);
  const groups = credentialsByApp(plan);
  const blocks: string[] = [
    comment(`Federated credentials for ${plan.repository} (subject format: ${plan.subjectFormat.kind})`),
    comment('application_id is the application resource id, "/applications/<object id>" (azuread provider 3.x).'),
  ];
  if (groups.length === 0) blocks.push(comment('No job signs in to Azure.'));
  const identifiers = new Set<string>();
  for (const g of groups) {
    const lower = g.name.toLowerCase();
    let reference: string;
    if (g.credentials.length === 0) {
      blocks.push(
        [comment(`App ${g.source}: no exact subject to create.`), ...withheldComments(g), ...otherComments(g)].join(
          '\n',
        ),
      );
      continue;
    } else if (g.clientId !== undefined) {
      blocks.push(
        `${comment(`App ${g.source}`)}\ndata "azuread_application" "app_${lower}" {\n  client_id = ${terraformString(g.clientId)}\n}`,
      );
      reference = `data.azuread_application.app_${lower}.id`;
    } else {
      blocks.push(
        `${comment(`App ${g.source}`)}\nvariable "application_id_${lower}" {\n  type        = string\n  description = ${terraformString(`Resource id (/applications/<object id>) of the app ${g.source} names`)}\n}`,
      );
      reference = `var.application_id_${lower}`;
    }
    const warning = pullRequestWarning(g);
    if (warning.length > 0) blocks.push(warning.join('\n'));
    for (const c of g.credentials) {
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
          `  application_id = ${reference}`,
          `  display_name   = ${terraformString(String(body['name']))}`,
          `  description    = ${terraformString(String(body['description']))}`,
          `  audiences      = [${terraformString('api://AzureADTokenExchange')}]`,
          `  issuer         = ${terraformString(plan.issuer)}`,
          `  subject        = ${terraformString(c.subject)}`,
          '}',
        ].join('\n'),
      );
    }
    const notes = [...withheldComments(g), ...otherComments(g)];
    if (notes.length > 0) blocks.push(notes.join('\n'));
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
    !j.signsIn ? 'no (id-token only)' : j.federated ? 'yes (OIDC)' : 'secret (no OIDC)',
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
    if (job.method !== null) lines.push(`    signs in via ${clean(job.method)}`);
    for (const c of job.callers ?? [])
      lines.push(`    called by job ${clean(c.job)} of ${clean(`${c.file}:${c.line}`)}`);
    if (job.assumption !== undefined) lines.push(`    assumed: ${clean(job.assumption)}`);
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
