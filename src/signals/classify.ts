// Classifies one signal from what is known before the call (cloud, the token's roles, the licences) and from
// Graph's actual answer. Pure. The two documented unlicensed behaviours are both recognised: a 403 (generic,
// or Authentication_RequestFromNonPremiumTenantOrB2CTenant) and a 200 whose risk fields are `hidden`.
import type { CloudName } from '../auth/clouds.js';
import { LICENCE_NAMES, signalSpec, type SignalSpec } from './catalogue.js';
import type { LicenceState, SignalId, SignalState, TenantLicences } from './model.js';

export const NON_PREMIUM_CODE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';

/** What Graph answered, reduced to what classification needs. */
export type SignalAnswer =
  | { kind: 'ok'; hidden?: boolean }
  | { kind: 'http'; status: number; code?: string; message: string }
  | { kind: 'failure'; message: string };

export interface ClassifyInput {
  cloud: CloudName;
  /** Application permissions of the guard's token; null when the token has no `roles` claim (delegated). */
  roles: readonly string[] | null;
  licences: TenantLicences;
}

export function grantFix(spec: SignalSpec): string {
  const [least, ...higher] = spec.permissions;
  return `grant the guard's app the Microsoft Graph application permission ${least}${higher.length > 0 ? ` (or ${higher.join(', ')})` : ''} with admin consent`;
}

function licenceFix(spec: SignalSpec): string {
  if (!spec.licence) return '';
  return `a ${LICENCE_NAMES[spec.licence]} licence in the tenant (one licence covers every workload identity) would add ${spec.licenceAdds ?? 'this check'}`;
}

function licenceOf(spec: SignalSpec, licences: TenantLicences): LicenceState {
  return spec.licence ? (licences[spec.licence] ?? 'unknown') : 'licensed';
}

/** The state a signal has before any call: unsupportedCloud or forbidden, or null when it should be read. */
export function precheck(id: SignalId, input: ClassifyInput): SignalState | null {
  const spec = signalSpec(id);
  if (!spec.clouds.includes(input.cloud))
    return {
      signal: id,
      status: 'unsupportedCloud',
      reason: `Not read: Microsoft Graph in ${input.cloud} does not serve ${spec.title}; nothing to fix, the check does not exist there.`,
    };
  if (
    input.roles !== null &&
    !spec.permissions.some((p) => input.roles?.some((r) => r.toLowerCase() === p.toLowerCase()))
  )
    return {
      signal: id,
      status: 'forbidden',
      reason: `Not read: the guard's token does not carry ${spec.permissions.join(' or ')}; to check ${spec.title}, ${grantFix(spec)}.`,
    };
  return null;
}

/** The state of a signal Graph answered. */
export function classifyAnswer(id: SignalId, input: ClassifyInput, answer: SignalAnswer): SignalState {
  const spec = signalSpec(id);
  const licence = licenceOf(spec, input.licences);
  const state = (status: SignalState['status'], reason: string): SignalState => ({ signal: id, status, reason });
  if (answer.kind === 'ok') {
    if (answer.hidden)
      return state(
        'unlicensed',
        `Read with limited details: Graph returned the risk level and detail as "hidden", as it does for a tenant without ${LICENCE_NAMES.workloadIdPremium}; the risk state is still checked, and ${licenceFix(spec)}.`,
      );
    return state('available', `Read ${spec.title}.`);
  }
  if (answer.kind === 'failure') return state('error', `Could not read ${spec.title}: ${answer.message}.`);
  const { status, code, message } = answer;
  if (status === 403 && code === NON_PREMIUM_CODE)
    return state(
      'unlicensed',
      `Not read: Graph answered ${message}: the tenant has no licence for it; ${licenceFix(spec)}.`,
    );
  if (status === 400 && /Resource not found for the segment/i.test(message))
    return state(
      'unsupportedCloud',
      `Not read: this cloud's Microsoft Graph does not serve ${spec.title} (${message}); nothing to fix here.`,
    );
  if (status === 401 || status === 403) {
    if (spec.licence && licence === 'unlicensed')
      return state(
        'unlicensed',
        `Not read: Graph answered ${message}, and the tenant's licences include no ${LICENCE_NAMES[spec.licence]}; ${licenceFix(spec)}.`,
      );
    if (input.roles !== null) {
      // The token carries the permission, so the denial is about something else.
      if (spec.licence && licence === 'unknown')
        return state(
          'unlicensed',
          `Not read: Graph answered ${message} although the guard's token carries the permission, which is how Graph answers a tenant without ${LICENCE_NAMES[spec.licence]} (the licences themselves could not be read); ${licenceFix(spec)}.`,
        );
      return state(
        'error',
        `Not read: Graph answered ${message} although the guard's token carries the permission${spec.licence ? ' and the tenant is licensed' : ''}; check for a conditional access policy or a tenant restriction blocking the guard.`,
      );
    }
    return state('forbidden', `Not read: Graph answered ${message}; to check ${spec.title}, ${grantFix(spec)}.`);
  }
  return state('error', `Could not read ${spec.title}: Graph answered ${message}.`);
}

/** A read that succeeded but whose signal depends on a licence the tenant lacks or that could not be read. */
export function licenceGate(id: SignalId, input: ClassifyInput, read: SignalState): SignalState {
  const spec = signalSpec(id);
  if (read.status !== 'available' || !spec.licence) return read;
  const licence = licenceOf(spec, input.licences);
  if (licence === 'unlicensed')
    return {
      signal: id,
      status: 'unlicensed',
      reason: `Read, but the tenant has no ${LICENCE_NAMES[spec.licence]} licence, so ${spec.rules.join(', ')} was not checked; ${licenceFix(spec)}.`,
    };
  if (licence === 'unknown')
    return {
      signal: id,
      status: 'forbidden',
      reason: `Read, but the tenant's licences could not be read, so ${spec.rules.join(', ')} was not checked; ${grantFix(signalSpec('subscribed-skus'))}.`,
    };
  return read;
}
