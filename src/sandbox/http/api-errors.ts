/**
 * The sandbox's one error family: whatever a handler throws becomes exactly the status and
 * body Autotask would send (reference §10). Business errors are 500 `{"errors":[…]}`;
 * routing errors use ASP.NET Web API's `{"Message"}` shape.
 */

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

export const ZONE_NOT_DETERMINED = 'Zone information could not be determined';
export const INTEGRATION_CODE_INVALID = 'IntegrationCode is invalid.';
export const NO_PERMISSION = 'The logged in Resource does not have the adequate permissions to update this entity type.';

export function methodNotAllowed(method: string): SandboxApiError {
  return new SandboxApiError(405, { Message: `The requested resource does not support http method '${method}'.` });
}

export function notFound(url: string): SandboxApiError {
  return new SandboxApiError(404, { Message: `No HTTP resource was found that matches the request URI '${url}'.` });
}

export function badRequest(): SandboxApiError {
  return new SandboxApiError(400, { Message: 'The request is invalid.' });
}

export function unsupportedMediaType(type: string): SandboxApiError {
  return new SandboxApiError(415, {
    Message: `The request entity's media type '${type}' is not supported for this resource.`,
  });
}

export function unauthorized(): SandboxApiError {
  return new SandboxApiError(401, { Message: 'Authorization has been denied for this request.' });
}

export function tooManyRequests(message: string, retryAfterSeconds?: number, status = 429): SandboxApiError {
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return new SandboxApiError(status, { errors: [message] }, headers);
}

export const messages = {
  noFilter: 'Value cannot be null.\r\nParameter name: filter',
  unknownField: (field: string, typeName: string) => `Unable to find ${field} in the ${typeName} Entity`,
  notQueryable: (field: string, typeName: string) => `The field ${field} in the ${typeName} Entity cannot be queried.`,
  booleanValue: (field: string) => `Value for field ${field} must be a boolean: true or false.`,
  invalidValue: (field: string, value: unknown) => `Unable to convert value '${String(value)}' for field ${field}.`,
  oneUdf: 'Only one user-defined field can be used in a query filter.',
  maxRecords: 'MaxRecords must be between 1 and 500.',
  badPaging: 'The paging value is invalid.',
  required: (field: string) => `Required field is missing (field:${field}). `,
  tooLong: (field: string) => `String value exceeds maximum length (field:${field}). `,
  picklist: (field: string) => `Value does not reference an existing entity for ${field} . `,
  reference: (field: string, type: string) => `Reference value on field: ${field} of type: ${type} does not exist or is invalid.`,
  missingEntity: (typeName: string, id: unknown) => `${typeName} with id ${String(id)} does not exist.`,
  idRequired: 'An id is required in the body for an update.',
  nullBody: 'Value cannot be null.\r\nParameter name: entity',
};
