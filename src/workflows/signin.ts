// Pure: does a job sign in to Azure, how, and with which client id.
import type { SignIn } from './model.js';
import type { ParsedStep, PermissionSpec } from './parse.js';
import { classifyClientId, envOf, followReference, type Scope } from './scope.js';

const AZURE_LOGIN = /^azure\/login@/i;
const THIS_ACTION = /^[^/\s]+\/entra-federation-guard(?:\/[^@]*)?@/i;
const LOCAL_ROOT_ACTION = /^\.\/?$/;
const CLIENT_ID_INPUTS = ['client-id', 'client_id', 'clientId', 'clientid'];

/** Whether a permissions block grants `id-token: write`; undefined when no block is given. */
export function grantsIdToken(spec: PermissionSpec | undefined): boolean | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'all') return spec.level.trim() === 'write-all';
  return (spec.scopes['id-token'] ?? '').trim() === 'write';
}

/** Every way the job in `scope` signs in to Azure, in step order. */
export function detectSignIns(scope: Scope, idTokenWrite: boolean): SignIn[] {
  const found: SignIn[] = [];
  for (const step of scope.job.steps) {
    const fromAction = step.uses ? actionSignIn(step, scope) : undefined;
    if (fromAction) found.push(fromAction);
    if (step.run) found.push(...commandSignIns(step, scope));
  }
  const fromEnvironment = environmentSignIn(scope, idTokenWrite);
  if (fromEnvironment) found.push(fromEnvironment);
  if (idTokenWrite) {
    // Other actions taking a client id (composite actions, in-house OIDC helpers) almost certainly federate.
    for (const step of scope.job.steps) {
      const generic = genericActionSignIn(step, scope);
      if (!generic) continue;
      const known = found.some((s) => s.clientId && generic.clientId && s.clientId.value === generic.clientId.value);
      if (!known) found.push(generic);
    }
  }
  return found;
}

function actionSignIn(step: ParsedStep, scope: Scope): SignIn | undefined {
  const uses = step.uses ?? '';
  let method: string;
  if (AZURE_LOGIN.test(uses)) method = 'azure/login';
  else if (THIS_ACTION.test(uses) || LOCAL_ROOT_ACTION.test(uses))
    method = uses.startsWith('.') ? `${uses} (this action)` : 'entra-federation-guard';
  else return undefined;
  const clientIdText = step.with['client-id'];
  const creds = step.with['creds'];
  const clientSecret = step.with['client-secret'] ?? step.with['client_secret'];
  if (clientSecret !== undefined && clientSecret.trim() !== '') {
    const signIn: SignIn = { method: `${method} (client-secret)`, line: step.line, federated: false };
    if (clientIdText !== undefined && clientIdText.trim() !== '')
      signIn.clientId = classifyClientId(followReference(clientIdText, scope, step));
    return signIn;
  }
  if (clientIdText !== undefined && clientIdText.trim() !== '') {
    return {
      method,
      line: step.line,
      clientId: classifyClientId(followReference(clientIdText, scope, step)),
      federated: true,
    };
  }
  if (creds !== undefined && creds.trim() !== '') {
    const inline = /"clientId"\s*:\s*"([^"]*)"/.exec(creds);
    if (inline && !/clientSecret/.test(creds)) {
      const clientId = classifyClientId(followReference(inline[1] ?? '', scope, step));
      return { method: `${method} (creds without a secret)`, line: step.line, clientId, federated: true };
    }
    const signIn: SignIn = { method: `${method} (creds: client secret)`, line: step.line, federated: false };
    if (inline) signIn.clientId = classifyClientId(followReference(inline[1] ?? '', scope, step));
    return signIn;
  }
  // azure/login without client-id reads AZURE_CLIENT_ID from the environment.
  const fromEnv = envOf(scope, step)['AZURE_CLIENT_ID'];
  const signIn: SignIn = { method, line: step.line, federated: true };
  if (fromEnv !== undefined) signIn.clientId = classifyClientId(followReference(fromEnv, scope, step));
  return signIn;
}

function genericActionSignIn(step: ParsedStep, scope: Scope): SignIn | undefined {
  const uses = step.uses;
  if (!uses || AZURE_LOGIN.test(uses) || THIS_ACTION.test(uses) || LOCAL_ROOT_ACTION.test(uses)) return undefined;
  const input = CLIENT_ID_INPUTS.find((name) => step.with[name] !== undefined && step.with[name]?.trim() !== '');
  if (!input) return undefined;
  const text = step.with[input] ?? '';
  return {
    method: `${uses} (${input} input)`,
    line: step.line,
    clientId: classifyClientId(followReference(text, scope, step)),
    federated: true,
  };
}

/** Joins shell line continuations (`\`, PowerShell backtick, cmd `^`) so one command is one line. */
function logicalLines(script: string): string[] {
  return script
    .replace(/[\\`^][ \t]*\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function commandSignIns(step: ParsedStep, scope: Scope): SignIn[] {
  const found: SignIn[] = [];
  for (const line of logicalLines(step.run ?? '')) {
    let method: string | undefined;
    let clientIdText: string | undefined;
    let federated = true;
    if (/\baz\s+login\b/.test(line) && /\s--federated-token\b/.test(line)) {
      method = 'az login --federated-token';
      clientIdText = optionValue(line, ['--username', '-u']);
    } else if (/\baz\s+login\b/.test(line) && AZ_SECRET_OPTION.test(line)) {
      // A service principal with a password or certificate: a stored secret, no federated credential.
      const certificate = /\s--certificate\b/.test(line) || /\.pem\b/.test(optionValue(line, PASSWORD_OPTIONS) ?? '');
      method = `az login --service-principal (${certificate ? 'certificate' : 'client secret'})`;
      clientIdText = optionValue(line, ['--username', '-u']);
      federated = false;
    } else if (/\bConnect-AzAccount\b/i.test(line) && /\s-FederatedToken\b/i.test(line)) {
      method = 'Connect-AzAccount -FederatedToken';
      clientIdText = optionValue(line, ['-ApplicationId'], true);
    } else if (
      /\bConnect-AzAccount\b/i.test(line) &&
      /\s-ServicePrincipal\b/i.test(line) &&
      /\s-(?:Credential|CertificateThumbprint|CertificatePath)\b/i.test(line)
    ) {
      const certificate = /\s-Certificate(?:Thumbprint|Path)\b/i.test(line);
      method = `Connect-AzAccount -ServicePrincipal (${certificate ? 'certificate' : 'credential'})`;
      clientIdText = optionValue(line, ['-ApplicationId'], true);
      federated = false;
    } else if (/\bazd\s+auth\s+login\b/.test(line) && /--federated-credential-provider[\s=]+["']?github\b/.test(line)) {
      method = 'azd auth login --federated-credential-provider github';
      clientIdText = optionValue(line, ['--client-id']) ?? envOf(scope, step)['AZURE_CLIENT_ID'];
    }
    if (!method) continue;
    const signIn: SignIn = { method, line: step.line, federated };
    if (clientIdText !== undefined) signIn.clientId = classifyClientId(followReference(clientIdText, scope, step));
    found.push(signIn);
  }
  return found;
}

/** The value after a command-line option (`--opt value`, `--opt=value`, quoted, or a `${{ … }}` expression). */
function optionValue(line: string, names: string[], ignoreCase = false): string | undefined {
  for (const name of names) {
    const escaped = name.replace(/[-]/g, '\\-');
    const pattern = new RegExp(
      `(?:^|\\s)${escaped}(?:=|\\s+)(\\$\\{\\{[^}]*\\}\\}|"[^"]*"|'[^']*'|\\S+)`,
      ignoreCase ? 'i' : '',
    );
    const match = pattern.exec(line);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}

const PASSWORD_OPTIONS = ['--password', '-p', '--client-secret'];
/** `az login --service-principal` with a password, client secret or certificate (not --federated-token). */
const AZ_SECRET_OPTION = /\s(?:--password|-p|--client-secret|--certificate)(?:[\s=]|$)/;

const TERRAFORM_COMMAND = /\bterraform\s+(?:-\S+\s+)*(?:init|plan|apply|destroy|import|refresh|output|state)\b/;

/** Environment variables through which Terraform or the Azure SDKs sign in with a stored secret or certificate. */
const SECRET_VARIABLES = [
  'ARM_CLIENT_SECRET',
  'ARM_CLIENT_CERTIFICATE_PATH',
  'ARM_CLIENT_CERTIFICATE',
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PATH',
];

/** Terraform's azurerm provider/backend federating through ARM_* (or AZURE_*) environment variables. */
function environmentSignIn(scope: Scope, idTokenWrite: boolean): SignIn | undefined {
  const candidates: { env: Record<string, string>; line: number; runsTerraform: boolean }[] = [];
  const jobEnv = envOf(scope);
  const jobRunsTerraform = scope.job.steps.some((s) => TERRAFORM_COMMAND.test(s.run ?? ''));
  candidates.push({ env: jobEnv, line: scope.job.line, runsTerraform: jobRunsTerraform });
  for (const step of scope.job.steps) {
    if (Object.keys(step.env).length === 0) continue;
    candidates.push({
      env: envOf(scope, step),
      line: step.line,
      runsTerraform: TERRAFORM_COMMAND.test(step.run ?? ''),
    });
  }
  const set = (env: Record<string, string>, k: string) =>
    env[k] !== undefined && env[k]?.trim() !== '' && env[k]?.trim().toLowerCase() !== 'false';
  for (const { env, line, runsTerraform } of candidates) {
    const clientIdText = env['ARM_CLIENT_ID'] ?? env['AZURE_CLIENT_ID'];
    if (clientIdText === undefined || clientIdText.trim() === '') continue;
    const useOidc = (env['ARM_USE_OIDC'] ?? '').trim().toLowerCase() === 'true';
    const clientId = classifyClientId(followReference(clientIdText, scope));
    if (useOidc) return { method: 'Terraform (ARM_USE_OIDC)', line, clientId, federated: true };
    const secretVariable = SECRET_VARIABLES.find((k) => set(env, k));
    if (secretVariable)
      return { method: `${secretVariable} (client secret or certificate)`, line, clientId, federated: false };
    const otherCredential = ['ARM_USE_MSI', 'ARM_USE_CLI'].some((k) => set(env, k));
    if (env['ARM_CLIENT_ID'] !== undefined && runsTerraform && idTokenWrite && !otherCredential) {
      return {
        method: 'Terraform (ARM_CLIENT_ID with id-token: write; use_oidc in the provider)',
        line,
        clientId,
        federated: true,
      };
    }
  }
  return undefined;
}
