// A user-assigned managed identity → the normalised inventory the engine judges. Its federated
// credentials are ARM resources (`properties.issuer/subject/audiences`); it has no application object,
// so no application secrets or certificates, and no flexible expressions. Its service principal is
// judged like any other. Fields are picked by name: nothing else of ARM's JSON crosses.
import { GraphMalformedError } from '../graph/client.js';
import type { AppInventory, FederatedCredential, ServicePrincipal } from '../inventory/model.js';
import type { IdentityResourceId } from './resource-id.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(o: Json, key: string, path: string, required: boolean): string | null {
  const value = o[key];
  if (value === undefined || value === null) {
    if (required) throw new GraphMalformedError(`${path}.${key} is missing, expected a string`);
    return null;
  }
  if (typeof value !== 'string') throw new GraphMalformedError(`${path}.${key} is not a string`);
  return value;
}

/** One ARM federatedIdentityCredentials resource as the engine's credential (its id is the ARM resource id). */
export function toArmFederatedCredential(raw: unknown, path: string): FederatedCredential {
  if (!isObject(raw)) throw new GraphMalformedError(`${path} is not an object`);
  const properties = raw.properties;
  if (!isObject(properties)) throw new GraphMalformedError(`${path}.properties is not an object`);
  const audiencesRaw = properties.audiences ?? [];
  if (!Array.isArray(audiencesRaw)) throw new GraphMalformedError(`${path}.properties.audiences is not an array`);
  const audiences = audiencesRaw.map((a, i) => {
    if (typeof a !== 'string') throw new GraphMalformedError(`${path}.properties.audiences[${i}] is not a string`);
    return a;
  });
  return {
    id: text(raw, 'id', path, true) as string,
    name: text(raw, 'name', path, true) as string,
    issuer: text(properties, 'issuer', `${path}.properties`, true) as string,
    subject: text(properties, 'subject', `${path}.properties`, false),
    audiences,
    description: null,
    // Managed identities support no flexible expressions; one ARM might add is not trusted by Entra here.
    claimsMatchingExpression: null,
  };
}

/** The inventory of a user-assigned managed identity: its service principal plus its ARM credentials. */
export function managedIdentityInventory(
  servicePrincipal: ServicePrincipal,
  identity: IdentityResourceId,
  federatedCredentials: FederatedCredential[],
): AppInventory {
  return {
    kind: 'managedIdentity',
    appId: servicePrincipal.appId,
    objectId: servicePrincipal.objectId,
    displayName: servicePrincipal.displayName ?? identity.name,
    createdDateTime: null,
    // A managed identity has no application object, hence no application secrets or certificates.
    passwordCredentials: [],
    keyCredentials: [],
    federatedCredentials,
    servicePrincipal,
    resourceId: identity.id,
  };
}
