// A certificate made per run: MSAL refuses any authority that is not https, so the Entra
// emulator (and, for the Graph client's customHosts check, Graph) must speak TLS.
import { randomUUID } from 'node:crypto';
import tls from 'node:tls';
import selfsigned from 'selfsigned';

export interface TlsMaterial {
  cert: string;
  key: string;
  /** The PEM clients must trust (the certificate is its own anchor). */
  ca: string;
}

// Kept on the node:tls module, which every Jest module registry shares: one certificate per
// process, because Node's fetch keeps the trust store it saw at its first TLS connection.
const PROCESS_MATERIAL = Symbol.for('entra-federation-guard.emulator-tls');
const PROCESS_TRUSTED = Symbol.for('entra-federation-guard.emulator-tls-trusted');
type Holder = { [PROCESS_MATERIAL]?: Promise<TlsMaterial>; [PROCESS_TRUSTED]?: Set<string> };
const holder = tls as unknown as Holder;

/** One certificate per process, for localhost and 127.0.0.1, valid for a day. */
export function tlsMaterial(): Promise<TlsMaterial> {
  holder[PROCESS_MATERIAL] ??= (async () => {
    const now = Date.now();
    // A unique subject: a process can trust several of these (Jest loads this module once per
    // test file), and OpenSSL finds an anchor by subject name, so equal names would collide.
    const commonName = `entra-federation-guard emulator ${randomUUID()}`;
    const pems = await selfsigned.generate([{ name: 'commonName', value: commonName }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: new Date(now - 60_000),
      notAfterDate: new Date(now + 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    return { cert: pems.cert, key: pems.private, ca: pems.cert };
  })();
  return holder[PROCESS_MATERIAL];
}

/** Adds a PEM to this process's default trust store (Node 24), once: the SDKs and fetch use it. */
export function trustInProcess(pem: string): void {
  const trusted = (holder[PROCESS_TRUSTED] ??= new Set());
  if (trusted.has(pem)) return;
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), pem]);
  trusted.add(pem);
}

/** The process's certificate, trusted in this process. */
export async function trustedTlsMaterial(): Promise<TlsMaterial> {
  const material = await tlsMaterial();
  trustInProcess(material.ca);
  return material;
}
