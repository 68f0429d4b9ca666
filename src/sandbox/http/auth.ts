/**
 * Header authentication (reference §2): `ApiIntegrationCode`, `UserName`, `Secret`, any header
 * casing (Node lower-cases names). Autotask's odd statuses are kept: an unknown username is a
 * 500 "zone not determined", a bad integration code a 500, only a bad secret is a 401.
 */
import { SECOND_INTEGRATION_CODE } from '../seed/ids';
import type { SandboxRuntime } from '../runtime';
import { apiError, messages, unauthorized } from './api-errors';

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Usernames the zone lookup knows: the API user and every resource's email or user name. */
export function knownUser(rt: SandboxRuntime, user: string): boolean {
  const u = user.trim().toLowerCase();
  if (u === '') return false;
  if (u === rt.credentials.username.toLowerCase()) return true;
  return rt.store.list('Resources').some((r) => [r.email, r.userName].some((x) => typeof x === 'string' && x.toLowerCase() === u));
}

export function authenticate(rt: SandboxRuntime, headers: Headers): { integrationCode: string; username: string } {
  const username = header(headers, 'UserName');
  const secret = header(headers, 'Secret');
  const code = header(headers, 'ApiIntegrationCode');
  if (!username || !secret || !code) throw unauthorized();
  if (username.toLowerCase() !== rt.credentials.username.toLowerCase()) {
    // A real user name that is not the API user still cannot sign in to the API.
    if (knownUser(rt, username)) throw unauthorized();
    throw apiError(messages.zoneNotDetermined);
  }
  if (code !== rt.credentials.integrationCode && code !== SECOND_INTEGRATION_CODE) throw apiError(messages.integrationCodeInvalid);
  if (secret !== rt.credentials.secret) throw unauthorized();
  return { integrationCode: code, username: rt.credentials.username };
}

export function impersonationHeader(headers: Headers): string | undefined {
  const v = header(headers, 'ImpersonationResourceId');
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}
