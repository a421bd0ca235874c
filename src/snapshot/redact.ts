// Secret material never reaches a snapshot: credentials keep only the fields named here (an allow-list, so a
// field Graph adds later stays out too). Graph's `hint` (the first characters of a secret), `secretText` and a
// certificate's `key` are thereby dropped. OData control annotations are dropped as well, except @odata.type.
import type { GraphJson } from './model.js';

const PASSWORD_CREDENTIAL_FIELDS = ['customKeyIdentifier', 'displayName', 'endDateTime', 'keyId', 'startDateTime'];
const KEY_CREDENTIAL_FIELDS = [...PASSWORD_CREDENTIAL_FIELDS, 'type', 'usage'];

function pick(value: unknown, fields: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const source = value as GraphJson;
  const out: GraphJson = {};
  for (const field of fields) if (field in source) out[field] = source[field];
  return out;
}

function withoutAnnotations(value: GraphJson): GraphJson {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.includes('@odata.') || key === '@odata.type'));
}

function objects(value: unknown, map: (o: GraphJson) => GraphJson): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? map(item as GraphJson) : item,
  );
}

function redactCredentials(json: GraphJson): GraphJson {
  const out = withoutAnnotations(json);
  if ('passwordCredentials' in out)
    out.passwordCredentials = objects(out.passwordCredentials, (c) => pick(c, PASSWORD_CREDENTIAL_FIELDS) as GraphJson);
  if ('keyCredentials' in out)
    out.keyCredentials = objects(out.keyCredentials, (c) => pick(c, KEY_CREDENTIAL_FIELDS) as GraphJson);
  return out;
}

export function redactApplication(application: GraphJson): GraphJson {
  const out = redactCredentials(application);
  if ('federatedIdentityCredentials' in out)
    out.federatedIdentityCredentials = objects(out.federatedIdentityCredentials, withoutAnnotations);
  return out;
}

export function redactServicePrincipal(servicePrincipal: GraphJson): GraphJson {
  const out = redactCredentials(servicePrincipal);
  for (const key of ['appRoleAssignments', 'memberOf'] as const)
    if (key in out) out[key] = objects(out[key], withoutAnnotations);
  return out;
}
