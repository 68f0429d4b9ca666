/** What the Autotask proxy needs from the gateway, with every default documented where it is defined. */
import type { FastifyRequest } from 'fastify';
import type { AutotaskClient, AutotaskCredentials, RetryOptions } from '../../autotask';

/** The signed-in user a Bearer session resolves to. */
export interface ProxySession {
  /** The Autotask resource the session is bound to: sent as `ImpersonationResourceId`. */
  resourceId: number;
  email: string;
  sessionId: string;
}

/** One successful write (2xx answer to POST/PATCH/PUT/DELETE). */
export interface AuditEntry {
  resourceId: number;
  email: string;
  method: string;
  /** Autotask entity (`TicketNotes` for `POST /Tickets/{id}/Notes`). */
  entity: string;
  /** `itemId` of Autotask's answer, else the last id in the path; null when neither exists. */
  recordId: number | null;
  /** `X-Autotask-Command` when it matches `^[a-z][a-zA-Z]{1,40}$`, else null. */
  command: string | null;
  at: Date;
}

/** pino-compatible (`app.log` fits). Receives no credentials, tokens, bodies or query strings. */
export interface ProxyLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ProxyBodyLimits {
  /** Bytes for every route but attachments. Default 256 KiB. */
  default: number;
  /** Bytes for `POST /Tickets/{id}/Attachments`. Default 9 MiB (base64 of a ~6 MB file plus JSON). */
  attachments: number;
}

export interface ProxyAutotaskOptions {
  /** The API user. Also used to scrub any echo of these values from what the browser receives. */
  credentials: AutotaskCredentials;
  /** Zone discovery start. Default: the client's (`https://webservices.autotask.net/atservicesrest/`). */
  discoveryUrl?: string;
  /** Skip discovery and use this zone REST root. */
  zoneUrl?: string;
  /**
   * The gateway's one direct client, when it has one (e.g. sign-in looks resources up): the proxy
   * then sends through it, so every call of the process shares one limiter. Default: the proxy
   * creates its own client from the settings here (one per `registerAutotaskProxy` call).
   */
  client?: AutotaskClient;
  /** Whole request to Autotask including the client's retries; past it → 504. Default 120 000 ms. */
  timeoutMs?: number;
  /** Requests in flight per entity for the whole process. Default 3 (Autotask's thread limit). */
  maxConcurrentPerEndpoint?: number;
  /** Retry budget for the proxy's own client. Default `PROXY_RETRY` (upstream.ts). */
  retry?: Partial<RetryOptions>;
}

export interface ProxyDeps {
  autotask: ProxyAutotaskOptions;
  /** Resolves the `Authorization: Bearer` session; null → 401 `invalid_session`. */
  authenticate(request: FastifyRequest): Promise<ProxySession | null>;
  /** Called once per successful write, before the answer is sent. Must not throw (failures are logged). */
  audit(entry: AuditEntry): void;
  /** The one browser origin allowed cross-origin (the add-in's), e.g. `https://localhost:3000`. */
  allowedOrigin: string;
  /** Default `{ default: 256 KiB, attachments: 9 MiB }`. */
  bodyLimits?: ProxyBodyLimits;
  logger?: ProxyLogger;
}
