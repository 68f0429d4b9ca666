/**
 * Gateway configuration, validated once at start. Every default is documented here (and in
 * docs/deploy.md). Secrets come from the environment (see config-env.ts), never from files in
 * the repository.
 */
import { z } from 'zod';
import { parseSecretKey } from './auth/crypto';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** An identity-provider URL: https, or http on loopback (the development identity provider). */
const idpUrl = z.string().url().refine((u) => {
  const x = new URL(u);
  return x.protocol === 'https:' || (x.protocol === 'http:' && LOOPBACK.has(x.hostname));
}, 'must use https (http is accepted on loopback only, for development)');

export const SIGN_IN_METHODS = ['otp', 'microsoft', 'kaseyaone'] as const;
/** Asymmetric JWS algorithms; `none` and HS* can never be configured. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

const MicrosoftSchema = z.object({
  /** Application (client) ID of the Entra ID app registration. */
  clientId: z.string().min(1),
  /** Client secret for the dialog fallback's code exchange (env GATEWAY_MICROSOFT_CLIENT_SECRET) when the
   *  gateway's redirect URI is registered under "Web"; omit when it is a public client (PKCE only). */
  clientSecret: z.string().min(1).optional(),
  /** Tenant allow-list: directory (tenant) IDs whose users may sign in (the token's `tid`). At least one. */
  tenants: z.array(z.string().min(1)).min(1),
  /** Authority host. Default `https://login.microsoftonline.com`. A tenant's issuer is `<authorityHost>/<tid>/v2.0`. */
  authorityHost: idpUrl.default('https://login.microsoftonline.com'),
  /** Audiences accepted on tokens. Default: `[clientId, "api://<origin host>/<clientId>"]`. */
  audiences: z.array(z.string().min(1)).min(1).optional(),
  /** Scopes the add-in asks for with nested app authentication. Default: `["api://<origin host>/<clientId>/access_as_user"]`. */
  scopes: z.array(z.string().min(1)).min(1).optional(),
  /** Accepted signature algorithms. Default `["RS256"]` (Entra ID's). */
  algorithms: z.array(z.enum(ASYMMETRIC_ALGORITHMS)).min(1).default(['RS256']),
});

const KaseyaOneSchema = z.object({
  /** The KaseyaOne OpenID Connect issuer; discovery is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: idpUrl,
  clientId: z.string().min(1),
  /** Client secret (env GATEWAY_KASEYAONE_CLIENT_SECRET); omit for a public client (PKCE only). */
  clientSecret: z.string().min(1).optional(),
  /** Default `["openid", "email", "profile"]`. */
  scopes: z.array(z.string().min(1)).default(['openid', 'email', 'profile']),
  /** Accepted ID token signature algorithms. Default `["RS256", "PS256", "ES256"]`. */
  algorithms: z.array(z.enum(ASYMMETRIC_ALGORITHMS)).min(1).default(['RS256', 'PS256', 'ES256']),
});

const SignInSchema = z.object({
  /** Methods offered to users, in this order. Default `["otp"]` (needs nothing but this gateway). */
  methods: z.array(z.enum(SIGN_IN_METHODS)).default(['otp']),
  otp: z.object({
    /** Name shown by authenticator apps. Default "Autotask for Outlook". */
    issuer: z.string().min(1).default('Autotask for Outlook'),
    /** Steps of 30 s accepted either side of now (clock drift). Default 1 (RFC 6238 §5.2). */
    window: z.number().int().min(0).max(2).default(1),
  }).prefault({}),
  lockout: z.object({
    /** Wrong codes per user before a lock. Default 5. */
    maxFailures: z.number().int().min(1).default(5),
    /** Wrong codes or unknown users from one client address before a lock. Default 20. */
    maxFailuresPerAddress: z.number().int().min(1).default(20),
    /** Failures older than this are forgotten. Default 900 s (15 min). */
    failureWindowSeconds: z.number().int().min(1).default(900),
    /** First lock; each further lock within a day doubles it. Default 30 s. */
    baseSeconds: z.number().int().min(1).default(30),
    /** Longest lock. Default 900 s (15 min). */
    maxSeconds: z.number().int().min(1).default(900),
  }).prefault({}),
  /** Sign-in requests per client address per minute (all /auth routes but the session check). Default 30. */
  rateLimitPerMinute: z.number().int().min(1).default(30),
  /** How long a started Microsoft/KaseyaOne sign-in may take. Default 10 minutes. */
  pendingMinutes: z.number().min(1).max(60).default(10),
  /** Clock skew accepted on token times (exp, nbf, iat). Default 60 s. */
  clockToleranceSeconds: z.number().int().min(0).max(300).default(60),
  microsoft: MicrosoftSchema.optional(),
  kaseyaone: KaseyaOneSchema.optional(),
});

/** Delegated Graph scopes for calendar and contact sync (asked for with nested app authentication). */
export const GRAPH_SCOPES = ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'] as const;

const GraphSchema = z.object({
  /** The Microsoft Graph root the add-in calls for calendar and contact sync. Default
   *  `https://graph.microsoft.com/v1.0/`; the dev stack sets the sandbox's Graph stand-in. */
  baseUrl: z.string().url().refine((u) => {
    const x = new URL(u);
    return x.protocol === 'https:' || (x.protocol === 'http:' && LOOPBACK.has(x.hostname));
  }, 'must use https (http is accepted on loopback only, for development)').default('https://graph.microsoft.com/v1.0/'),
  /** Scopes asked for with nested app authentication. Default Calendars/Contacts/MailboxSettings.ReadWrite. */
  scopes: z.array(z.string().min(1)).min(1).default([...GRAPH_SCOPES]),
  /** Development only: the development identity provider's Graph token endpoint, used where
   *  nested app authentication is not available (the workbench). Never set in production. */
  devTokenUrl: idpUrl.optional(),
});

export const GatewayConfigSchema = z.object({
  /** Interface to listen on. Default: loopback only. */
  host: z.string().default('127.0.0.1'),
  /** TCP port; 0 picks a free one (tests). Default 3000, the port in the dev manifest. */
  port: z.number().int().min(0).max(65535).default(3000),
  /** Public origin the add-in is served from (manifest URLs, redirect URIs). Default: the dev origin. */
  origin: z.string().url().default('https://localhost:3000'),
  /** Behind a reverse proxy: Fastify's `trustProxy` (true, a hop count or an address list), so the
   *  client address (lockouts, rate limits) comes from X-Forwarded-For. Default false. */
  trustProxy: z.union([z.boolean(), z.number().int().min(1), z.string().min(1)]).default(false),
  /** Folder with the built add-in (webpack "addin" build). */
  distDir: z.string(),
  /** Development only: the workbench build folder; when set, /workbench/ is served and pages
   *  requested with ?_host=workbench get the emulated Office.js. Never set in production. */
  workbenchDir: z.string().optional(),
  /** Development only: the manifest file served at /manifest.xml for the workbench. */
  manifestPath: z.string().optional(),
  /** The Autotask web UI that Home opens. */
  autotaskWebUrl: z.string().url().default('https://localhost:3000/sandbox/'),
  /** TLS material (PEM). Office requires HTTPS. Omit behind a TLS-terminating reverse proxy. */
  tls: z.object({ key: z.string(), cert: z.string() }).optional(),
  /** Product identity shown by About. */
  version: z.string(),
  build: z.string().default('dev'),
  /** The Autotask API user (env AUTOTASK_USERNAME, AUTOTASK_SECRET, AUTOTASK_INTEGRATION_CODE).
   *  Required when any sign-in method is enabled (users are mapped to resources by email). */
  autotask: z.object({
    username: z.string().min(1),
    secret: z.string().min(1),
    integrationCode: z.string().min(1),
    /** Zone discovery start. Default: Autotask's (webservices.autotask.net). */
    discoveryUrl: z.string().url().optional(),
    /** Skip discovery: the zone's REST root. */
    zoneUrl: z.string().url().optional(),
  }).optional(),
  /** 32-byte key (64 hex characters or base64) sealing TOTP secrets and ID tokens at rest
   *  (env GATEWAY_SECRET_KEY). Required when any sign-in method is enabled. */
  secretKey: z.string().refine((k) => parseSecretKey(k) !== undefined, 'must be 32 bytes as 64 hex characters or base64').optional(),
  /** Where sign-in state lives: a SQLite file (default `.data/gateway.db` under the working directory) or `"memory"` (tests). */
  store: z.union([z.literal('memory'), z.object({ file: z.string().min(1) })]).default({ file: '.data/gateway.db' }),
  session: z.object({
    /** Session lifetime: a user types a code at most once per this many hours. Default 8. */
    hours: z.number().positive().max(24 * 7).default(8),
  }).prefault({}),
  signIn: SignInSchema.prefault({}),
  /** Microsoft Graph for calendar and contact sync (docs/graph.md). */
  graph: GraphSchema.prefault({}),
}).superRefine((c, ctx) => {
  const methods = c.signIn.methods;
  if (new Set(methods).size !== methods.length) ctx.addIssue({ code: 'custom', path: ['signIn', 'methods'], message: 'lists a method twice' });
  if (methods.length > 0) {
    if (!c.autotask) ctx.addIssue({ code: 'custom', path: ['autotask'], message: 'is required when a sign-in method is enabled (set AUTOTASK_USERNAME, AUTOTASK_SECRET, AUTOTASK_INTEGRATION_CODE)' });
    if (!c.secretKey) ctx.addIssue({ code: 'custom', path: ['secretKey'], message: 'is required when a sign-in method is enabled (set GATEWAY_SECRET_KEY)' });
  }
  if (methods.includes('microsoft') && !c.signIn.microsoft) ctx.addIssue({ code: 'custom', path: ['signIn', 'microsoft'], message: 'is required when "microsoft" is enabled' });
  if (methods.includes('kaseyaone') && !c.signIn.kaseyaone) ctx.addIssue({ code: 'custom', path: ['signIn', 'kaseyaone'], message: 'is required when "kaseyaone" is enabled' });
});

export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;
export type GatewayConfigInput = z.input<typeof GatewayConfigSchema>;
export type MicrosoftConfig = z.infer<typeof MicrosoftSchema>;
export type KaseyaOneConfig = z.infer<typeof KaseyaOneSchema>;
export type SignInConfig = z.infer<typeof SignInSchema>;
export type GraphConfig = z.infer<typeof GraphSchema>;

export function parseGatewayConfig(input: GatewayConfigInput): GatewayConfig {
  const result = GatewayConfigSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid gateway configuration:\n${lines.join('\n')}\nFix these settings and start again.`);
  }
  return result.data;
}

/** Audiences and scopes that default from the origin and client ID. */
export function microsoftDefaults(config: GatewayConfig, ms: MicrosoftConfig): { audiences: string[]; scopes: string[] } {
  const host = new URL(config.origin).host;
  return {
    audiences: ms.audiences ?? [ms.clientId, `api://${host}/${ms.clientId}`],
    scopes: ms.scopes ?? [`api://${host}/${ms.clientId}/access_as_user`],
  };
}
