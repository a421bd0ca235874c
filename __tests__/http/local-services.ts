// Local HTTPS services for the adapter tests: the shared emulator core (router, faults, request
// log) with a per-run certificate this Jest process trusts.
import { FaultPlan, RequestLog, Router, startService, type RunningService } from '../../emulator/core/server.js';
import { trustedTlsMaterial } from '../../emulator/core/tls.js';

const processMaterial = trustedTlsMaterial;

export async function trustEmulatorCertificate(): Promise<void> {
  await processMaterial();
}

export interface LocalService extends RunningService {
  faults: FaultPlan;
  log: RequestLog;
}

export async function startLocalService(
  name: string,
  router: Router,
  options: { https?: boolean } = {},
): Promise<LocalService> {
  const faults = new FaultPlan();
  const log = new RequestLog();
  const https = options.https ?? true;
  const service = await startService({ name, router, faults, log, ...(https ? { tls: await processMaterial() } : {}) });
  return { ...service, faults, log };
}

/** An unsigned JWT-shaped token (the adapters only decode claims; Entra's emulator is not involved). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256', kid: 'test' })}.${part(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

/** Captures what is written to stdout (where @actions/core writes ::add-mask::). */
export function captureStdout(): { lines: () => string[]; restore: () => void } {
  const original = process.stdout.write.bind(process.stdout);
  const chunks: string[] = [];
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    lines: () => chunks.join('').split(/\r?\n/).filter(Boolean),
    restore: () => {
      process.stdout.write = original;
    },
  };
}

export { Router };
