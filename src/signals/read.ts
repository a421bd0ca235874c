// Reads Entra's signals once per run through the guard's Graph client (its retry, timeout and Retry-After
// handling), following every @odata.nextLink, and classifies each. Never throws: a signal that cannot be
// read is reported with its status. Every endpoint here is v1.0 (the client's own version may be beta).
import type { CloudName } from '../auth/clouds.js';
import { followPages } from '../graph/batch.js';
import type { GraphClient } from '../graph/client.js';
import { HttpError, errorMessage } from '../http/retry.js';
import { classifyAnswer, licenceGate, precheck, type ClassifyInput, type SignalAnswer } from './classify.js';
import { signalSpec } from './catalogue.js';
import { UNKNOWN_LICENCES, licencesFromSkus } from './licences.js';
import type { SignalId, SignalState, TenantLicences } from './model.js';
import type { GraphJson, RawSignals } from './normalise.js';

/** Most at-risk service principals whose detections are read in one run. */
export const DETECTION_READS_MAX = 50;
const AT_RISK = new Set(['atrisk', 'confirmedcompromised']);
/** A filter that matches no detection: its answer classifies the signal without reading anyone's data. */
const NO_SERVICE_PRINCIPAL = '00000000-0000-0000-0000-000000000000';

export interface ReadSignalsOptions {
  cloud: CloudName;
  /** Application permissions in the guard's token (rolesOfAccessToken); null when unknown or delegated. */
  roles: readonly string[] | null;
  /** The deploy identities (appIds) of the run; every at-risk identity of the tenant when absent (tenant scan). */
  appIds?: readonly string[];
}

export type Read = { answer: SignalAnswer; values: GraphJson[] };

/** One v1.0 collection, every page, its answer reduced for classification (for the signals of issue 14 too). */
export async function readCollection(client: GraphClient, path: string): Promise<Read> {
  try {
    const first = (await client.getJson(`${client.endpoint}/v1.0${path}`)) as {
      value?: unknown;
      '@odata.nextLink'?: unknown;
    };
    if (typeof first !== 'object' || first === null || !Array.isArray(first.value))
      return { answer: { kind: 'failure', message: 'Graph answered without a "value" array' }, values: [] };
    const values = [...first.value];
    if (typeof first['@odata.nextLink'] === 'string')
      values.push(...(await followPages(client, first['@odata.nextLink'])));
    return {
      answer: { kind: 'ok' },
      values: values.filter((v): v is GraphJson => typeof v === 'object' && v !== null && !Array.isArray(v)),
    };
  } catch (error) {
    if (error instanceof HttpError)
      return {
        answer: {
          kind: 'http',
          status: error.status,
          ...(error.code ? { code: error.code } : {}),
          message: error.message,
        },
        values: [],
      };
    return { answer: { kind: 'failure', message: errorMessage(error) }, values: [] };
  }
}

const odata = (value: string) => `'${value.replaceAll("'", "''")}'`;

export async function readSignals(client: GraphClient, options: ReadSignalsOptions): Promise<RawSignals> {
  const states = new Map<SignalId, SignalState>();
  let licences: TenantLicences = UNKNOWN_LICENCES;
  const input = (): ClassifyInput => ({ cloud: options.cloud, roles: options.roles, licences });

  // Licences first: they label the other signals' denials.
  const skuState = precheck('subscribed-skus', input());
  if (skuState) states.set('subscribed-skus', skuState);
  else {
    const skus = await readCollection(client, '/subscribedSkus');
    states.set('subscribed-skus', classifyAnswer('subscribed-skus', input(), skus.answer));
    if (skus.answer.kind === 'ok') licences = licencesFromSkus(skus.values);
  }
  const raw: RawSignals = { states: [], licences };

  const wanted = options.appIds ? new Set(options.appIds.map((a) => a.toLowerCase())) : null;
  const risk = async () => {
    const pre = precheck('risky-service-principals', input());
    let kept: GraphJson[] = [];
    if (pre) states.set(pre.signal, pre);
    else {
      const read = await readCollection(client, '/identityProtection/riskyServicePrincipals');
      kept = read.values.filter((v) => {
        const appId = typeof v.appId === 'string' ? v.appId.toLowerCase() : '';
        return wanted ? wanted.has(appId) : AT_RISK.has(String(v.riskState).toLowerCase());
      });
      const hidden = kept.some((v) => v.riskLevel === 'hidden' || v.riskDetail === 'hidden');
      const answer: SignalAnswer = read.answer.kind === 'ok' ? { kind: 'ok', hidden } : read.answer;
      states.set('risky-service-principals', classifyAnswer('risky-service-principals', input(), answer));
      if (read.answer.kind === 'ok') raw.riskyServicePrincipals = kept;
    }

    // Detections of the identities at risk; with none, one query that matches nothing still classifies the signal.
    const detectionsPre = precheck('service-principal-risk-detections', input());
    if (detectionsPre) return void states.set(detectionsPre.signal, detectionsPre);
    const atRisk = kept
      .filter((v) => AT_RISK.has(String(v.riskState).toLowerCase()) && typeof v.id === 'string')
      .map((v) => v.id as string);
    const ids = atRisk.length > 0 ? atRisk.slice(0, DETECTION_READS_MAX) : [NO_SERVICE_PRINCIPAL];
    const detections: GraphJson[] = [];
    let detectionAnswer: SignalAnswer = { kind: 'ok' };
    for (const id of ids) {
      const read = await readCollection(
        client,
        `/identityProtection/servicePrincipalRiskDetections?$filter=${encodeURIComponent(`servicePrincipalId eq ${odata(id)}`)}`,
      );
      if (read.answer.kind !== 'ok') {
        detectionAnswer = read.answer;
        break;
      }
      detections.push(...read.values);
    }
    if (detectionAnswer.kind === 'ok')
      detectionAnswer = {
        kind: 'ok',
        hidden: detections.some((d) => d.riskLevel === 'hidden' || d.riskDetail === 'hidden'),
      };
    const detectionState = classifyAnswer('service-principal-risk-detections', input(), detectionAnswer);
    if (detectionAnswer.kind === 'ok' && atRisk.length > DETECTION_READS_MAX)
      detectionState.reason += ` Only the first ${DETECTION_READS_MAX} of ${atRisk.length} identities at risk were read.`;
    states.set('service-principal-risk-detections', detectionState);
    if (detectionAnswer.kind === 'ok') raw.servicePrincipalRiskDetections = detections;
  };

  const conditionalAccess = async () => {
    const pre = precheck('conditional-access-policies', input());
    if (pre) return void states.set(pre.signal, pre);
    const read = await readCollection(client, '/identity/conditionalAccess/policies');
    states.set(
      'conditional-access-policies',
      licenceGate(
        'conditional-access-policies',
        input(),
        classifyAnswer('conditional-access-policies', input(), read.answer),
      ),
    );
    if (read.answer.kind === 'ok') raw.conditionalAccessPolicies = read.values;
  };

  await Promise.all([risk(), conditionalAccess()]);
  raw.states = (
    [
      'subscribed-skus',
      'risky-service-principals',
      'service-principal-risk-detections',
      'conditional-access-policies',
    ] as const
  ).map(
    (id) =>
      states.get(id) ?? {
        signal: id,
        status: 'error',
        reason: `Not read: ${signalSpec(id).title} was never requested.`,
      },
  );
  return raw;
}
