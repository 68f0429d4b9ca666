/** A tiny typed string lookup: `t('app.name')`, `t('command.home.openInBrowser', { url })`. */
import { en, type StringKey, type StringTable } from './en';

export type { StringKey, StringTable } from './en';

/** Registered languages by primary subtag; add `fr: fr` etc. here. */
const TABLES: Readonly<Record<string, StringTable>> = { en };

let active: StringTable = en;

/** Picks the table for an Office/BCP-47 language tag ("de-DE" → "de"); English when missing. */
export function setLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const table = TABLES[primary];
  active = table ?? en;
  return table ? primary : 'en';
}

export type StringParams = Readonly<Record<string, string | number>>;

export function t(key: StringKey, params?: StringParams): string {
  const template = active[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
