/** The Microsoft Graph client for calendar and contact sync (see client.ts and docs/graph.md). */
export { createGraphClient } from './client';
export type { GraphClient, GraphClientOptions, ItemResult, CallOptions, PageOptions, DeltaOptions, ContactDelta } from './client';
export { MAX_BATCH, chunk } from './batch';
export type { BatchRequest, BatchResult, BatchOptions } from './batch';
export type { GraphStats, GraphMethod, GraphHttpOptions } from './http';
export {
  GraphError, GraphAuthenticationError, GraphPermissionError, GraphNotFoundError, GraphValidationError, GraphConflictError,
  GraphThrottledError, GraphSyncStateExpiredError, GraphServerError, GraphResponseShapeError, GraphForeignOriginError,
  GraphConnectionError, graphErrorFrom, parseRetryAfter,
} from './errors';
export type { GraphErrorCode } from './errors';
export {
  AUTOTASK_REF_PROPERTY_ID, AUTOTASK_CATEGORY, AUTOTASK_CONTACT_FOLDER, EXPAND_AUTOTASK_REF, encodeAutotaskRef, decodeAutotaskRef,
  toGraphBody,
} from './schemas';
export type { AutotaskRef, GraphEvent, GraphContact, GraphContactFolder, GraphCategory, EventInput, ContactInput, DateTimeTimeZone } from './schemas';
