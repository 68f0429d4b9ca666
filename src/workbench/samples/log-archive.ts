/**
 * The ~8 MB VPN log archive of the "large attachment" sample: a real stored ZIP of four syslog
 * exports, generated deterministically when first asked for (nothing large lives in the repository).
 */
import { prng } from '../model/bytes';
import { buildStoredZip, storedZipSize, type ZipEntrySpec } from './zip';

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `ike[2231]: IKEv2 peer 203.0.113.45:4500 DPD timeout (${1 + (r() % 3)} of 3), tunnel "dayton-whse"`,
  (r) => `ike[2231]: IKEv2 SA rekey started for tunnel "dayton-whse" (spi 0x${r().toString(16).padStart(8, "0")})`,
  (r) => `ike[2231]: tunnel "dayton-whse" DOWN reason=dpd-timeout uptime=${r() % 9000}s`,
  (r) => `ike[2231]: tunnel "dayton-whse" UP after ${2 + (r() % 140)}s, local 198.51.100.20 remote 203.0.113.45`,
  (r) => `kernel: wan1 link state DOWN (carrier lost), rx_errors=${r() % 4000}`,
  () => `kernel: wan1 link state UP 1000Mbps full-duplex`,
  (r) => `sslvpn[1780]: user tom.becker@fabrikamlogistics.com session ${r().toString(16)} idle-timeout`,
  (r) => `dhcpd[912]: DHCPACK on 10.40.${r() % 4}.${20 + (r() % 200)} to 3c:52:82:${(r() % 256).toString(16).padStart(2, '0')}:1a:7f via vlan40 (scanner)`,
  (r) => `fw[77]: deny tcp 10.40.2.${r() % 255}:${1024 + (r() % 60000)} -> 172.16.8.10:1433 policy=12 (warehouse-to-sql)`,
  (r) => `ntpd[455]: time offset ${(r() % 900) / 1000}s from 10.10.0.5, adjusting`,
  (r) => `snmpd[610]: poll from 10.10.0.21 (harborline-rmm) ok, ${r() % 40} OIDs`,
];

function logFile(seed: number, start: number, size: number): Uint8Array {
  const r = prng(seed);
  const out = new Uint8Array(size);
  let p = 0;
  let t = start;
  while (p < size) {
    t += 200 + (r() % 4000);
    const line = `${new Date(t).toISOString().replace('Z', '-05:00')} FABRIKAM-VPN01 ${TEMPLATES[r() % TEMPLATES.length]!(r)}\n`;
    for (let i = 0; i < line.length && p < size; i++) out[p++] = line.charCodeAt(i) & 0x7f;
  }
  out[size - 1] = 0x0a;
  return out;
}

const day = (d: number) => Date.UTC(2026, 10, d, 5, 0, 0);
const ENTRIES: ZipEntrySpec[] = [
  { name: 'FABRIKAM-VPN01/syslog-2026-11-27.log', size: 2_400_000, data: () => logFile(27, day(27), 2_400_000) },
  { name: 'FABRIKAM-VPN01/syslog-2026-11-28.log', size: 2_150_000, data: () => logFile(28, day(28), 2_150_000) },
  { name: 'FABRIKAM-VPN01/syslog-2026-11-29.log', size: 1_900_000, data: () => logFile(29, day(29), 1_900_000) },
  { name: 'FABRIKAM-VPN01/syslog-2026-11-30.log', size: 1_550_000, data: () => logFile(30, day(30), 1_550_000) },
];

export const LOG_ARCHIVE_NAME = 'fabrikam-vpn01-logs-2026-11-30.zip';
export const LOG_ARCHIVE_SIZE = storedZipSize(ENTRIES);

let cached: Uint8Array | undefined;
export function logArchive(): Uint8Array {
  cached ??= buildStoredZip(ENTRIES);
  return cached;
}
