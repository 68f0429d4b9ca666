/**
 * HTTPS for development: Office requires it. Uses the certificates of
 * `npx office-addin-dev-certs install` when present (trusted by the OS, needed for
 * sideloading into desktop Outlook); otherwise generates a self-signed localhost pair in
 * .certs/ (enough for the workbench in a browser that accepts it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TlsPair { key: string; cert: string; source: string }

export async function loadDevCertificates(repoRoot: string): Promise<TlsPair> {
  const officeDir = join(homedir(), '.office-addin-dev-certs');
  const officeKey = join(officeDir, 'localhost.key');
  const officeCert = join(officeDir, 'localhost.crt');
  if (existsSync(officeKey) && existsSync(officeCert)) {
    return { key: readFileSync(officeKey, 'utf8'), cert: readFileSync(officeCert, 'utf8'), source: officeDir };
  }
  const dir = join(repoRoot, '.certs');
  const keyPath = join(dir, 'localhost.key');
  const certPath = join(dir, 'localhost.crt');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    const notAfter = new Date();
    notAfter.setFullYear(notAfter.getFullYear() + 1);
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
      ],
    });
    writeFileSync(keyPath, pems.private, { mode: 0o600 });
    writeFileSync(certPath, pems.cert);
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), source: dir };
}
