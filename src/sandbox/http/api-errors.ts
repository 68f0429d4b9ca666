/**
 * The sandbox's one error family: whatever a handler throws becomes exactly the status and
 * body Autotask would send (reference §10). Business errors are 500 `{"errors":[…]}`;
 * routing errors use ASP.NET Web API's `{"Message"}` shape. The texts live in error-texts.ts.
 */
import { messages } from './error-texts';

export { messages };

export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body !== null ? JSON.stringify(body) : String(body));
    this.name = 'SandboxApiError';
  }
}

/** HTTP 500 `{"errors":[…]}`: validation and business rules, bad username or integration code. */
export function apiError(...messages: string[]): SandboxApiError {
  return new SandboxApiError(500, { errors: messages });
}

export const ZONE_NOT_DETERMINED = messages.zoneNotDetermined;
export const INTEGRATION_CODE_INVALID = messages.integrationCodeInvalid;
export const NO_PERMISSION = messages.noPermission;

export function methodNotAllowed(method: string): SandboxApiError {
  return new SandboxApiError(405, { Message: messages.methodNotAllowed(method) });
}

export function notFound(url: string): SandboxApiError {
  return new SandboxApiError(404, { Message: messages.noRoute(url) });
}

export function badRequest(): SandboxApiError {
  return new SandboxApiError(400, { Message: messages.invalidRequest });
}

export function unsupportedMediaType(type: string): SandboxApiError {
  return new SandboxApiError(415, { Message: messages.unsupportedMediaType(type) });
}

export function unauthorized(): SandboxApiError {
  return new SandboxApiError(401, { Message: messages.authorizationDenied });
}

export function tooManyRequests(message: string, retryAfterSeconds?: number, status = 429): SandboxApiError {
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return new SandboxApiError(status, { errors: [message] }, headers);
}
