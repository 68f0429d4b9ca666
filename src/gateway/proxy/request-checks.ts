/**
 * Header and body rules that do not depend on the route: who a request acts as is the gateway's
 * decision (no client impersonation, no client credentials, no method override), and the command
 * name for the audit log. Pure.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { proxyErrors, type ProxyError } from './proxy-errors';

const CREDENTIAL_HEADERS = ['apiintegrationcode', 'username', 'secret'];
/** Headers some frameworks honour to change the method after routing. */
const METHOD_OVERRIDE_HEADERS = ['x-http-method-override', 'x-http-method', 'x-method-override'];
const COMMAND = /^[a-z][a-zA-Z]{1,40}$/;
/** Body fields that attribute a record to a customer contact (reference §3, contact impersonation). */
const CONTACT_ATTRIBUTION = ['createdbycontactid', 'attachedbycontactid'];

/** Node lower-cases header names, so every casing of a name arrives as one key. */
export function refusedHeader(headers: IncomingHttpHeaders): ProxyError | undefined {
  if (headers['impersonationresourceid'] !== undefined) return proxyErrors.impersonationRefused('client sent ImpersonationResourceId');
  if (CREDENTIAL_HEADERS.some((h) => headers[h] !== undefined)) return proxyErrors.credentialsRefused();
  const override = METHOD_OVERRIDE_HEADERS.find((h) => headers[h] !== undefined);
  if (override) return proxyErrors.notAllowed(`method override header ${override}`);
  return undefined;
}

export function commandOf(headers: IncomingHttpHeaders): string | null {
  const v = headers['x-autotask-command'];
  return typeof v === 'string' && COMMAND.test(v) ? v : null;
}

/** A write body may not attribute the record to a contact: records are the signed-in user's. */
export function refusedBodyField(body: Record<string, unknown>): ProxyError | undefined {
  const key = Object.keys(body).find((k) => CONTACT_ATTRIBUTION.includes(k.toLowerCase()) && body[k] !== null);
  return key ? proxyErrors.impersonationRefused(`contact attribution field ${key}`) : undefined;
}
