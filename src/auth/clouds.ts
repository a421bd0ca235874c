// National clouds: where to sign in and where Graph lives. Overrides are validated (https only)
// because MSAL and the Graph client both refuse, or silently misbehave with, anything else.

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureUSGovernmentDoD' | 'AzureChinaCloud';

export interface CloudEndpoints {
  cloud: CloudName | 'custom';
  /** e.g. https://login.microsoftonline.com (no trailing slash) */
  authorityHost: string;
  /** e.g. https://graph.microsoft.com (no trailing slash, no version) */
  graphEndpoint: string;
  /** Whether MSAL knows the authority host (otherwise instance discovery must be disabled). */
  knownAuthority: boolean;
  /** Azure Resource Manager, e.g. https://management.azure.com (no trailing slash): managed identities' credentials. */
  armEndpoint: string;
}

export const CLOUDS: Readonly<
  Record<CloudName, { authorityHost: string; graphEndpoint: string; armEndpoint: string }>
> = {
  AzureCloud: {
    authorityHost: 'https://login.microsoftonline.com',
    graphEndpoint: 'https://graph.microsoft.com',
    armEndpoint: 'https://management.azure.com',
  },
  AzureUSGovernment: {
    authorityHost: 'https://login.microsoftonline.us',
    graphEndpoint: 'https://graph.microsoft.us',
    armEndpoint: 'https://management.usgovcloudapi.net',
  },
  // US Government L5 (DoD): its own Graph host, the US Government authority (emulator/facts/graph.md#national-clouds).
  AzureUSGovernmentDoD: {
    authorityHost: 'https://login.microsoftonline.us',
    graphEndpoint: 'https://dod-graph.microsoft.us',
    armEndpoint: 'https://management.usgovcloudapi.net',
  },
  AzureChinaCloud: {
    authorityHost: 'https://login.chinacloudapi.cn',
    graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    armEndpoint: 'https://management.chinacloudapi.cn',
  },
};

export const CLOUD_NAMES = Object.keys(CLOUDS) as readonly CloudName[];

const KNOWN_AUTHORITY_HOSTS = new Set(Object.values(CLOUDS).map((c) => new URL(c.authorityHost).host));

export function isKnownAuthorityHost(authorityHost: string): boolean {
  return KNOWN_AUTHORITY_HOSTS.has(new URL(authorityHost).host.toLowerCase());
}

export function parseCloudName(value: string): CloudName {
  const match = (Object.keys(CLOUDS) as CloudName[]).find((name) => name.toLowerCase() === value.trim().toLowerCase());
  if (!match) throw new Error(`Invalid cloud '${value}': expected one of ${Object.keys(CLOUDS).join(', ')}`);
  return match;
}

/** An https origin (optionally with a path), without query, fragment, credentials or trailing slash. */
export function validateHttpsEndpoint(value: string, inputName: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `Invalid ${inputName} '${value}': expected an absolute https URL such as https://login.microsoftonline.com`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`Invalid ${inputName} '${value}': only https URLs are allowed`);
  if (url.username || url.password)
    throw new Error(`Invalid ${inputName} '${value}': credentials in the URL are not allowed`);
  if (url.search || url.hash)
    throw new Error(`Invalid ${inputName} '${value}': a query string or fragment is not allowed`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function resolveCloud(
  options: { cloud?: string; authorityHost?: string; graphEndpoint?: string; armEndpoint?: string } = {},
): CloudEndpoints {
  const name = options.cloud ? parseCloudName(options.cloud) : 'AzureCloud';
  const base = CLOUDS[name];
  const authorityHost = options.authorityHost
    ? validateHttpsEndpoint(options.authorityHost, 'authority-host')
    : base.authorityHost;
  const graphEndpoint = options.graphEndpoint
    ? validateHttpsEndpoint(options.graphEndpoint, 'graph-endpoint')
    : base.graphEndpoint;
  const armEndpoint = options.armEndpoint
    ? validateHttpsEndpoint(options.armEndpoint, 'arm-endpoint')
    : base.armEndpoint;
  const custom =
    authorityHost !== base.authorityHost || graphEndpoint !== base.graphEndpoint || armEndpoint !== base.armEndpoint;
  return {
    cloud: custom ? 'custom' : name,
    authorityHost,
    graphEndpoint,
    knownAuthority: isKnownAuthorityHost(authorityHost),
    armEndpoint,
  };
}
