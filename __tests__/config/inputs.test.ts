import { describe, expect, it } from '@jest/globals';
import { getInputs, inputReader, requireIdentity } from '../../src/config/inputs.js';
import { InputError } from '../../src/config/validate.js';

const TENANT = '4c3b2a19-8d7e-4f60-9a1b-2c3d4e5f6a7b';
const CLIENT = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const OTHER = '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8';

/** The runner's view of inputs: INPUT_<NAME> with the name upper-cased, dashes kept. */
const inputs = (values: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  RUNNER_TEMP: '/runner/_temp',
  ...Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  ...extra,
});

const messageOf = (env: NodeJS.ProcessEnv): string => {
  try {
    getInputs(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('getInputs', () => {
  it('applies the documented defaults', () => {
    expect(getInputs(inputs({ 'tenant-id': TENANT, 'client-id': CLIENT }))).toEqual({
      tenantId: TENANT,
      clientId: CLIENT,
      apps: [CLIENT],
      policy: null,
      failOn: 'error',
      workflows: '.github/workflows',
      githubToken: '',
      comment: false,
      sarifFile: null,
      snapshot: null,
      reportFile: '/runner/_temp/entra-federation-guard/report.json',
      audience: 'api://AzureADTokenExchange',
      cloud: 'AzureCloud',
      authorityHost: null,
      graphEndpoint: null,
      armEndpoint: null,
    });
  });

  it('falls back to AZURE_TENANT_ID and AZURE_CLIENT_ID, and accepts a verified domain', () => {
    const read = getInputs(
      inputs({}, { AZURE_TENANT_ID: 'Contoso.onmicrosoft.com', AZURE_CLIENT_ID: CLIENT.toUpperCase() }),
    );
    expect(read.tenantId).toBe('contoso.onmicrosoft.com');
    expect(read.clientId).toBe(CLIENT);
  });

  it('reads apps separated by commas or new lines, de-duplicated and lower-cased', () => {
    const read = getInputs(inputs({ 'client-id': CLIENT, apps: `${OTHER},\n ${CLIENT.toUpperCase()} \n\n${OTHER}` }));
    expect(read.apps).toEqual([OTHER, CLIENT]);
  });

  it('returns a frozen object, apps included', () => {
    const read = getInputs(inputs({ 'client-id': CLIENT }));
    expect(Object.isFrozen(read)).toBe(true);
    expect(Object.isFrozen(read.apps)).toBe(true);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'tenant-id',
      { 'tenant-id': 'not a tenant' },
      'tenant-id must be the directory (tenant) ID, a GUID, or a verified domain such as contoso.onmicrosoft.com; got "not a tenant".',
    ],
    [
      'client-id',
      { 'client-id': 'my-app' },
      'client-id must be a GUID such as 00000000-0000-0000-0000-000000000000; got "my-app".',
    ],
    [
      'apps',
      { apps: `${CLIENT}, reporting-export` },
      'apps must list application (client) IDs as GUIDs, separated by commas or new lines; not GUIDs: "reporting-export".',
    ],
    ['fail-on', { 'fail-on': 'errors' }, 'fail-on must be one of error, warning, never; got "errors".'],
    [
      'cloud',
      { cloud: 'AzureGermanCloud' },
      'cloud must be one of AzureCloud, AzureUSGovernment, AzureUSGovernmentDoD, AzureChinaCloud; got "AzureGermanCloud".',
    ],
    ['comment', { comment: 'sometimes' }, 'comment must be true or false; got "sometimes".'],
    [
      'authority-host',
      { 'authority-host': 'http://login.microsoftonline.com' },
      'authority-host must use https (Entra and Graph refuse plain http); got "http://login.microsoftonline.com".',
    ],
    [
      'graph-endpoint',
      { 'graph-endpoint': 'graph' },
      'graph-endpoint must be an absolute https URL such as https://login.microsoftonline.com; got "graph".',
    ],
    [
      'arm-endpoint',
      { 'arm-endpoint': 'http://management.azure.com' },
      'arm-endpoint must use https (Entra and Graph refuse plain http); got "http://management.azure.com".',
    ],
    ['audience', { audience: 'api://Azure AD' }, 'audience must not contain white space; got "api://Azure AD".'],
  ])('rejects a bad %s, quoting the value and the rule', (_name, values, message) => {
    expect(messageOf(inputs(values))).toBe(message);
  });

  it('reports every problem at once', () => {
    expect(messageOf(inputs({ 'client-id': 'x', 'fail-on': 'y', cloud: 'z' })).split('\n')).toHaveLength(3);
  });

  it('matches the enum values without regard to case', () => {
    expect(getInputs(inputs({ 'fail-on': 'WARNING', cloud: 'azureusgovernment' }))).toMatchObject({
      failOn: 'warning',
      cloud: 'AzureUSGovernment',
    });
  });
});

describe('inputReader', () => {
  it('names variables as @actions/core does: INPUT_ and the upper-cased name, spaces as underscores', () => {
    const read = inputReader({ 'INPUT_TENANT-ID': 'a', INPUT_MY_INPUT: 'b' });
    expect(read('tenant-id')).toBe('a');
    expect(read('my input')).toBe('b');
    expect(read('missing')).toBe('');
  });
});

describe('requireIdentity', () => {
  it('explains which ids are missing and what they are', () => {
    expect(() => requireIdentity(getInputs(inputs({})))).toThrow(
      'Missing tenant-id (or the AZURE_TENANT_ID environment variable) and client-id (or the AZURE_CLIENT_ID environment variable): set them to the directory (tenant) ID and the application (client) ID of the app registration this workflow signs in as.',
    );
  });
});
