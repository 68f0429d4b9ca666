/**
 * Paging as an async iterator over `pageDetails.nextPageUrl`. A GET query pages by GET (the next
 * URL carries `search=`); a POST query pages by re-POSTing the same body to the next URL (a GET
 * there answers 405 and would silently truncate at 500). The core origin-checks every next URL.
 */
import { z } from 'zod';
import type { Core } from './core';
import { AutotaskResponseShapeError } from './errors';
import { searchParam, type QueryBody } from './query';
import { joinUrl } from './zone';

/** Autotask's limit for GET URLs is ~2,048 characters; past this the POST form is used. */
export const MAX_GET_URL_LENGTH = 2000;

export const PageDetailsSchema = z.looseObject({
  count: z.number().nullish(),
  requestCount: z.number().nullish(),
  prevPageUrl: z.string().nullish(),
  nextPageUrl: z.string().nullish(),
});
export type PageDetails = z.infer<typeof PageDetailsSchema>;
const QueryEnvelopeSchema = z.looseObject({ items: z.array(z.unknown()), pageDetails: PageDetailsSchema });
export const CountEnvelopeSchema = z.looseObject({ queryCount: z.number().int().nonnegative() });

export interface Page<T> {
  items: T[];
  pageDetails: PageDetails;
}

export interface QueryIterable<T> extends AsyncIterable<T> {
  /** One element per page, as Autotask returned it. */
  pages(): AsyncIterableIterator<Page<T>>;
  /** Collects every item; more than `cap` (default 10 000) throws RangeError unless `truncate` is set. */
  toArray(options?: CollectOptions): Promise<T[]>;
}
export interface CollectOptions {
  cap?: number;
  truncate?: boolean;
}

export type QueryForm = 'auto' | 'GET' | 'POST';

export interface PagedQuery<T> {
  core: Core;
  /** Root path of the query, e.g. `Tickets` (→ `Tickets/query`). */
  entity: string;
  body: QueryBody;
  form: QueryForm;
  item: z.ZodType<T>;
  impersonationResourceId?: number;
  signal?: AbortSignal;
}

/** GET unless asked for POST or the GET URL would be too long. */
export async function chooseForm(core: Core, entity: string, body: QueryBody, form: QueryForm, suffix = 'query'): Promise<'GET' | 'POST'> {
  if (form !== 'auto') return form;
  const url = `${joinUrl(await core.apiBase(), `${entity}/${suffix}`)}?search=${searchParam(body)}`;
  return url.length > MAX_GET_URL_LENGTH ? 'POST' : 'GET';
}

export function pagedQuery<T>(q: PagedQuery<T>): QueryIterable<T> {
  async function* pages(): AsyncIterableIterator<Page<T>> {
    const method = await chooseForm(q.core, q.entity, q.body, q.form);
    const common = { bucket: q.entity, kind: 'read' as const, impersonationResourceId: q.impersonationResourceId, signal: q.signal };
    let next: string | undefined;
    const seen = new Set<string>();
    for (;;) {
      const spec = next === undefined
        ? method === 'GET'
          ? { ...common, method, path: `${q.entity}/query`, query: `search=${searchParam(q.body)}` }
          : { ...common, method, path: `${q.entity}/query`, body: q.body }
        : method === 'GET' ? { ...common, method, url: next } : { ...common, method, url: next, body: q.body };
      const envelope = await q.core.call(spec, QueryEnvelopeSchema);
      const items = envelope.items.map((raw, i) => {
        const parsed = q.item.safeParse(raw);
        if (parsed.success) return parsed.data;
        throw new AutotaskResponseShapeError(`${q.entity} item ${i} does not match its schema`, {
          cause: parsed.error,
          errors: parsed.error.issues.slice(0, 5).map((x) => `${x.path.join('.') || '(item)'}: ${x.message}`),
        });
      });
      yield { items, pageDetails: envelope.pageDetails };
      const nextUrl = envelope.pageDetails.nextPageUrl;
      if (!nextUrl) return;
      if (seen.has(nextUrl)) throw new AutotaskResponseShapeError(`${q.entity} paging repeated a nextPageUrl; stopping to avoid a loop`);
      seen.add(nextUrl);
      next = nextUrl;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
    async toArray(options = {}) {
      const cap = options.cap ?? 10_000;
      const out: T[] = [];
      for await (const page of pages()) {
        for (const item of page.items) {
          if (out.length >= cap) {
            if (options.truncate) return out;
            throw new RangeError(`More than ${cap} ${q.entity} match this query; narrow the filter or raise the cap`);
          }
          out.push(item);
        }
      }
      return out;
    },
  };
}
