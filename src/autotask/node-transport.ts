/**
 * A Node-only transport on node:http/https with keep-alive: the same contract as the axios
 * transport (never throws for an HTTP status; network failures become AutotaskConnectionError
 * through the same mapping), at a fraction of axios's per-request CPU. The gateway's tenant
 * client uses it, because every proxied request pays this cost. Never follows redirects.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RedactedRequest } from './redact';
import { parseBody, toConnectionError, type HttpRequest, type HttpResponse, type Transport } from './transport';

export interface NodeTransportOptions {
  /** Whole-request timeout (default 300 000 ms, Autotask's own cut-off). */
  timeoutMs?: number;
  /** Largest response accepted (default 64 MiB). */
  maxResponseBytes?: number;
  httpAgent?: HttpAgent;
  httpsAgent?: HttpsAgent;
}

export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const httpAgent = options.httpAgent ?? new HttpAgent({ keepAlive: true });
  const httpsAgent = options.httpsAgent ?? new HttpsAgent({ keepAlive: true });

  return {
    send(req: HttpRequest, redacted: RedactedRequest): Promise<HttpResponse> {
      return new Promise<HttpResponse>((resolve, reject) => {
        let url: URL;
        try {
          url = new URL(req.url);
        } catch (err) {
          reject(toConnectionError(Object.assign(new Error(String(err)), { code: 'ERR_INVALID_URL' }), redacted));
          return;
        }
        const https = url.protocol === 'https:';
        const headers: Record<string, string> = { ...req.headers };
        if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
        const send = https ? httpsRequest : httpRequest;
        const outgoing = send(url, {
          method: req.method,
          headers,
          agent: https ? httpsAgent : httpAgent,
          signal: req.signal,
          timeout: timeoutMs,
        }, (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > maxBytes) res.destroy(Object.assign(new Error('response too large'), { code: 'ERR_RESPONSE_TOO_LARGE' }));
            else chunks.push(c);
          });
          res.on('error', (err) => reject(toConnectionError(err, redacted)));
          res.on('end', () => {
            const out: Record<string, string | undefined> = {};
            for (const [k, v] of Object.entries(res.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
            resolve({ status: res.statusCode ?? 0, headers: out, body: parseBody(Buffer.concat(chunks).toString('utf8')) });
          });
        });
        outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
        outgoing.on('error', (err) => reject(toConnectionError(err, redacted)));
        outgoing.end(req.body);
      });
    },
  };
}
