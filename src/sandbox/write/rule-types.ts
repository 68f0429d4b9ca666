/** Shared types of the write path. */
import type { EntityDef, Row } from '../model/types';
import type { Repository } from '../store/repository';
import type { AttachmentBudget } from './attachment-budget';

/** Who a write is attributed to: the API user, or the impersonated resource (+ the API user). */
export interface Actor {
  resourceId: number;
  impersonatorId: number | null;
}

export interface ParentRef {
  entity: EntityDef;
  id: number;
}

export interface WriteContext {
  store: Repository;
  now: Date;
  actor: Actor;
  apiUserId: number;
  /** API username (attachment budgets are per API user). */
  apiUser: string;
  attachments: AttachmentBudget;
  parent?: ParentRef;
}

export interface EntityRules {
  /** Derive server-computed fields before validation (numbers, defaults, durations). */
  prepare?(ctx: WriteContext, rec: Row, existing: Row | undefined): void;
  /** Entity-specific business rules; return Autotask-style messages. May throw for permission errors. */
  validate?(ctx: WriteContext, rec: Row, existing: Row | undefined): string[];
  /** Last step before the row is stored (side effects such as the attachment budget). */
  commit?(ctx: WriteContext, rec: Row): void;
  /** Children to remove with a deleted row. */
  cascade?(ctx: WriteContext, row: Row): void;
}
