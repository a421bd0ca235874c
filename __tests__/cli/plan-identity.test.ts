// `plan --identity`: the credentials a repository needs, written for a user-assigned managed identity
// (az identity federated-credential, azurerm_federated_identity_credential) instead of an app registration.
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run.js';

const IDENTITY =
  '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourceGroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra';
const repo = mkdtempSync(join(tmpdir(), 'efg-cli-plan-mi-'));
mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
copyFileSync(
  new URL('../../emulator/demo/workflows/infra.yml', import.meta.url),
  join(repo, '.github', 'workflows', 'infra.yml'),
);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const plan = (...extra: string[]) =>
  runCli(['plan', '--repo', repo, '--github-repo', 'contoso/payments-api', '--identity', IDENTITY, ...extra]);

describe('plan --identity', () => {
  it('writes az identity federated-credential create for each needed subject', async () => {
    const run = await plan('--format', 'az');
    expect(run).toMatchObject({
      code: 0,
      stdout: [
        '# Federated credentials for contoso/payments-api (subject format: default)',
        `# on the user-assigned managed identity ${IDENTITY}`,
        "az identity federated-credential create --name 'contoso-payments-api-ref-refs-heads-main' --identity-name 'id-payments-infra' --resource-group 'rg-payments' --subscription '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f' --issuer 'https://token.actions.githubusercontent.com' --subject 'repo:contoso/payments-api:ref:refs/heads/main' --audiences 'api://AzureADTokenExchange'",
        '',
      ].join('\n'),
    });
  });

  it('writes azurerm_federated_identity_credential resources for terraform', async () => {
    const run = await plan('--format', 'terraform');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'resource "azurerm_federated_identity_credential" "fic_contoso_payments_api_ref_refs_heads_main" {',
    );
    expect(run.stdout).toContain('  subject                   = "repo:contoso/payments-api:ref:refs/heads/main"');
    expect(run.stdout).toContain(`  default = "${IDENTITY}"`);
    expect(run.stdout).not.toContain('azuread_application_federated_identity_credential');
  });

  it('records the identity in the JSON plan', async () => {
    const run = await plan('--format', 'json');
    expect(JSON.parse(run.stdout)).toMatchObject({ identity: IDENTITY });
  });

  it('refuses anything but a user-assigned identity resource id', async () => {
    const run = await runCli([
      'plan',
      '--repo',
      repo,
      '--github-repo',
      'contoso/payments-api',
      '--identity',
      '/subscriptions/x/resourceGroups/y/providers/Microsoft.Web/sites/z',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a user-assigned managed identity's resource id");
  });
});
