import { describe, expect, it } from '@jest/globals';
import { isKnownAuthorityHost, resolveCloud, validateHttpsEndpoint } from '../../src/auth/clouds.js';

describe('resolveCloud', () => {
  it.each([
    [
      {},
      {
        cloud: 'AzureCloud',
        authorityHost: 'https://login.microsoftonline.com',
        graphEndpoint: 'https://graph.microsoft.com',
        knownAuthority: true,
        armEndpoint: 'https://management.azure.com',
      },
    ],
    [
      { cloud: 'azureusgovernment' },
      {
        cloud: 'AzureUSGovernment',
        authorityHost: 'https://login.microsoftonline.us',
        graphEndpoint: 'https://graph.microsoft.us',
        knownAuthority: true,
        armEndpoint: 'https://management.usgovcloudapi.net',
      },
    ],
    [
      { cloud: 'AzureUSGovernmentDoD' },
      {
        cloud: 'AzureUSGovernmentDoD',
        authorityHost: 'https://login.microsoftonline.us',
        graphEndpoint: 'https://dod-graph.microsoft.us',
        armEndpoint: 'https://management.usgovcloudapi.net',
        knownAuthority: true,
      },
    ],
    [
      { cloud: 'AzureChinaCloud' },
      {
        cloud: 'AzureChinaCloud',
        authorityHost: 'https://login.chinacloudapi.cn',
        graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
        knownAuthority: true,
        armEndpoint: 'https://management.chinacloudapi.cn',
      },
    ],
    [
      { authorityHost: 'https://localhost:8443/', graphEndpoint: 'https://localhost:9443' },
      {
        cloud: 'custom',
        authorityHost: 'https://localhost:8443',
        graphEndpoint: 'https://localhost:9443',
        knownAuthority: false,
        armEndpoint: 'https://management.azure.com',
      },
    ],
    [
      { cloud: 'AzureUSGovernment', armEndpoint: 'https://localhost:7443/' },
      {
        cloud: 'custom',
        authorityHost: 'https://login.microsoftonline.us',
        graphEndpoint: 'https://graph.microsoft.us',
        knownAuthority: true,
        armEndpoint: 'https://localhost:7443',
      },
    ],
  ])('%j', (input, expected) => expect(resolveCloud(input)).toEqual(expected));

  it('lists the allowed clouds', () => {
    expect(() => resolveCloud({ cloud: 'AzureGermanCloud' })).toThrow(
      "Invalid cloud 'AzureGermanCloud': expected one of AzureCloud, AzureUSGovernment, AzureUSGovernmentDoD, AzureChinaCloud",
    );
  });
});

describe('validateHttpsEndpoint', () => {
  it.each([
    ['http://login.example', "Invalid authority-host 'http://login.example': only https URLs are allowed"],
    [
      'login.example',
      "Invalid authority-host 'login.example': expected an absolute https URL such as https://login.microsoftonline.com",
    ],
    [
      'https://user:pw@login.example',
      "Invalid authority-host 'https://user:pw@login.example': credentials in the URL are not allowed",
    ],
    [
      'https://login.example/?x=1',
      "Invalid authority-host 'https://login.example/?x=1': a query string or fragment is not allowed",
    ],
  ])('rejects %s', (value, message) => expect(() => validateHttpsEndpoint(value, 'authority-host')).toThrow(message));

  it('knows the public clouds only', () => {
    expect(isKnownAuthorityHost('https://LOGIN.microsoftonline.com')).toBe(true);
    expect(isKnownAuthorityHost('https://login.microsoftonline.com.evil.example')).toBe(false);
  });
});
