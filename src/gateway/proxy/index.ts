/** The gateway's Autotask proxy (`/api/autotask/v1.0/*`). See the proxy section of docs/gateway-api.md. */
export { registerAutotaskProxy } from './register';
export type { AuditEntry, ProxyAutotaskOptions, ProxyBodyLimits, ProxyDeps, ProxyLogger, ProxySession } from './types';
export { ALLOW_LIST, ROUTES } from './allow-list';
export type { EntityRule, ProxyRoute, WriteRule } from './allow-list';
export { PROXY_PREFIX } from './request-target';
export { DEFAULT_ATTACHMENT_BODY_LIMIT, DEFAULT_BODY_LIMIT } from './body';
export { DEFAULT_PROXY_TIMEOUT_MS, PROXY_RETRY } from './upstream';
export { ProxyError } from './proxy-errors';
export type { ProxyErrorCode } from './proxy-errors';
