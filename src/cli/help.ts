// --help text of each command. Kept next to one another so the flags read the same everywhere.
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../version.js';

/** Where the reference lives once the package is installed (a path in the package means nothing there). */
export const DOCS_URL = `${TOOL_URI}/blob/main/docs/cli.md`;

const SELECTION = `Selecting apps (one of):
  --apps APPID[,APPID…]     Application (client) IDs; repeatable
  --all                     Every application in the tenant
  --filter PREFIX|tag:NAME  With --all: display names starting with PREFIX, or apps tagged NAME
  --shard i/n               Only the i-th of n shards (1-based), split by a hash of the appId`;

const TENANT = `Tenant and cloud:
  --tenant ID|DOMAIN        Directory (tenant) ID or verified domain (default: $AZURE_TENANT_ID)
  --cloud NAME              AzureCloud (default), AzureUSGovernment, AzureUSGovernmentDoD or AzureChinaCloud
  --authority-host URL      Entra sign-in host (default: $AZURE_AUTHORITY_HOST, else the cloud's)
  --graph-endpoint URL      Microsoft Graph host, without version (default: the cloud's)
  --arm-endpoint URL        Azure Resource Manager host, for managed identities (default: the cloud's)`;

const SIGN_IN = `Sign-in: DefaultAzureCredential from @azure/identity: environment variables (AZURE_CLIENT_ID with
AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH), workload identity (AZURE_CLIENT_ID + AZURE_FEDERATED_TOKEN_FILE),
managed identity, then the Azure CLI (az login). The identity needs Application.Read.All, and Reader on the
user-assigned managed identities to check (or their resource groups).`;

const EXIT_CODES = `Exit codes: 0 pass, 1 policy failure (verdict reaches --fail-on), 2 usage error,
3 could not complete (sign-in failed, an app was not evaluated, a file could not be read).`;

export const HELP: Record<'main' | 'scan' | 'export' | 'plan' | 'merge' | 'rules', string> = {
  main: `${TOOL_NAME} ${TOOL_VERSION}: federated-credential hygiene for Microsoft Entra ID app registrations.

Usage: ${TOOL_NAME} <command> [options]

Commands:
  scan     Check app registrations against the policy (live, or offline from a snapshot)
  export   Write a snapshot of the tenant's app registrations (no secrets) for offline scans
  plan     List the federated credentials a repository's workflows need
  merge    Join the JSON reports of sharded scans into one report
  rules    List every rule of this version with its default severity

Options:
  -h, --help     Help for a command: ${TOOL_NAME} <command> --help
  -V, --version  Print the version

Examples:
  ${TOOL_NAME} scan --apps 11111111-2222-3333-4444-555555555555 --tenant contoso.onmicrosoft.com
  ${TOOL_NAME} scan --all --repo . --format markdown --output report.md
  ${TOOL_NAME} export --all --output snapshot.json && ${TOOL_NAME} scan --all --snapshot snapshot.json
  ${TOOL_NAME} plan --repo . --format az
  ${TOOL_NAME} rules

${EXIT_CODES}
Documentation: ${DOCS_URL}`,

  scan: `Usage: ${TOOL_NAME} scan (--apps APPID[,…] | --all [--filter …]) [options]

Reads the app registrations through Microsoft Graph (or from --snapshot) and evaluates the policy.

${SELECTION}

${TENANT}

Policy and workflows:
  --policy FILE             Policy file (default: .github/entra-federation-guard.yml of --repo or the
                            working directory when it exists, else the built-in default)
  --repo DIR                Also run the workflow-aware checks on this checkout's .github/workflows
  --github-repo OWNER/REPO  The checkout's GitHub repository (default: from its git remote origin)
  --owner-id N --repo-id N  The repository uses GitHub's immutable subject form with these ids

Output:
  --format FORMAT           text (default), json, sarif or markdown
  --output FILE             Write the report to FILE instead of stdout
  --fail-on LEVEL           error (default), warning or never: the verdict that makes the exit code 1
  --snapshot FILE           Evaluate a snapshot written by export, offline (no network)
  --quiet                   No progress on stderr

${SIGN_IN}

Examples:
  ${TOOL_NAME} scan --apps 11111111-2222-3333-4444-555555555555 --tenant contoso.onmicrosoft.com
  ${TOOL_NAME} scan --all --filter tag:github-deploy --format json --output report.json
  ${TOOL_NAME} scan --all --repo . --github-repo contoso/payments-api
  ${TOOL_NAME} scan --all --snapshot snapshot.json --fail-on warning

${EXIT_CODES}
Documentation: ${DOCS_URL}`,

  export: `Usage: ${TOOL_NAME} export (--apps APPID[,…] | --all [--filter …]) [--output FILE] [options]

Writes a snapshot (JSON, version 1) of the selected app registrations in Microsoft Graph's own shapes:
applications with their federated credentials, service principals with their app role assignments and
directory roles, and Microsoft Graph's app roles. Secret material (hint, secretText, certificate key) is
never written. Scan it later with: ${TOOL_NAME} scan --all --snapshot FILE

${SELECTION}

${TENANT}

Output:
  --output FILE             Write the snapshot to FILE instead of stdout
  --for-pull-requests OWNER/REPO
                            Keep only what a pull-request check of OWNER/REPO needs: the apps that trust it,
                            their federated credentials and service principal kind; no secret or certificate
                            metadata, no permissions (safe for an artifact anyone may download)
  --quiet                   No progress on stderr

${SIGN_IN}

Examples:
  ${TOOL_NAME} export --all --output snapshot.json
  ${TOOL_NAME} export --all --for-pull-requests contoso/payments-api --output pr-snapshot.json
  ${TOOL_NAME} export --apps 11111111-2222-3333-4444-555555555555 --quiet > snapshot.json

Exit codes: 0 every app exported, 2 usage error, 3 could not complete (the snapshot is still written and
lists the apps that could not be read).
Documentation: ${DOCS_URL}`,

  plan: `Usage: ${TOOL_NAME} plan --repo DIR [--app APPID] [--identity RESOURCEID] [--format FORMAT] [options]

Which federated credentials does this repository need? Lists every job of DIR/.github/workflows that signs
in to Azure (or may request an OIDC token), with the subjects GitHub will put in its token.

Options:
  --repo DIR                The checkout to read (required)
  --app APPID               Only jobs that sign in as this application (client) ID
  --identity RESOURCEID     The credentials are for this user-assigned managed identity (its ARM resource id):
                            az writes az identity federated-credential, terraform azurerm_federated_identity_credential
  --format FORMAT           text (default), json, az (Azure CLI commands) or terraform (azuread resources)
  --github-repo OWNER/REPO  The checkout's GitHub repository (default: from its git remote origin)
  --owner-id N --repo-id N  The repository uses GitHub's immutable subject form with these ids
  --output FILE             Write the plan to FILE instead of stdout

The az and terraform formats use one variable per app (APP_ID_<NAME>) and never write a pull_request trust
for an app that deploys: such jobs are listed with what to do instead (a protected environment, or a
pull-request check that needs no Azure sign-in).

Examples:
  ${TOOL_NAME} plan --repo .
  ${TOOL_NAME} plan --repo . --format az --output federated-credentials.sh
  ${TOOL_NAME} plan --repo . --app 11111111-2222-3333-4444-555555555555 --format terraform

Exit codes: 0 done, 2 usage error, 3 the workflows could not be read.
Documentation: ${DOCS_URL}`,

  merge: `Usage: ${TOOL_NAME} merge REPORT.json… [--format FORMAT] [--output FILE] [--fail-on LEVEL]

Joins the JSON reports of sharded scans (scan --shard i/n --format json) into one report. Refuses reports
from different tenants, policies or tool versions, and an incomplete or repeated set of shards.

Options:
  --format FORMAT           text (default), json, sarif or markdown
  --output FILE             Write the merged report to FILE instead of stdout
  --fail-on LEVEL           error (default), warning or never

Examples:
  ${TOOL_NAME} merge shard-*/report.json --format markdown --output summary.md

${EXIT_CODES}
Documentation: ${DOCS_URL}`,

  rules: `Usage: ${TOOL_NAME} rules [--format text|json] [--output FILE]

Lists every rule this version checks, with its id and default severity. A policy file can change a rule's
severity or turn it off (rules: { RULE-ID: error | warning | notice | off }).

Options:
  --format FORMAT           text (default) or json
  --output FILE             Write the list to FILE instead of stdout

Examples:
  ${TOOL_NAME} rules
  ${TOOL_NAME} rules --format json

Documentation: ${DOCS_URL}`,
};
