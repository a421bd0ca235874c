// A certificate made per run: MSAL refuses any authority that is not https, so the Entra
// emulator (and, for the Graph client's customHosts check, Graph) must speak TLS.
import { randomUUID } from 'node:crypto';
import selfsigned from 'selfsigned';

export interface TlsMaterial {
  cert: string;
  key: string;
  /** The PEM clients must trust (the certificate is its own anchor). */
  ca: string;
}

let cached: Promise<TlsMaterial> | undefined;

/** One certificate per process, for localhost and 127.0.0.1, valid for a day. */
export function tlsMaterial(): Promise<TlsMaterial> {
  cached ??= (async () => {
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
  return cached;
}
