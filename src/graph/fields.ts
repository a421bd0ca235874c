// Which properties the reader keeps of what Graph returns. Reads send no $select: naming keyCredentials in
// $select is limited to 150 requests per minute per tenant (and returns the certificate blob, which this tool
// never needs), while the default property set already carries keyCredentials with their dates and a null
// key (emulator/facts/graph.md#keycredentials-select). The answer is cut down to these fields at once, so
// what the run holds and what a snapshot stores stay as small as with $select.

export const APPLICATION_FIELDS = [
  // Tells an agent identity blueprint (#microsoft.graph.agentIdentityBlueprint) from a plain application.
  '@odata.type',
  'id',
  'appId',
  'displayName',
  'createdDateTime',
  'passwordCredentials',
  'keyCredentials',
] as const;

export const SERVICE_PRINCIPAL_FIELDS = [
  'id',
  'appId',
  'displayName',
  'accountEnabled',
  'servicePrincipalType',
  'alternativeNames',
  'passwordCredentials',
  'keyCredentials',
] as const;

/** The named fields of `json` that are present, plus the ones listed in `also` (expanded navigations). */
export function keepFields(
  json: Record<string, unknown>,
  fields: readonly string[],
  also: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of [...fields, ...also]) if (field in json) out[field] = json[field];
  return out;
}
