/**
 * HTML → plain text for Autotask (which stores plain text), without a DOM.
 *
 * Over 200 lines because the renderer's element behaviours belong together: the open-element
 * stack with HTML's implied end tags, head, pre, lists, tables, links and images (the rules that
 * decide what is hidden, a pixel or quoted history are in html-rules.ts).
 *
 * - Dropped: head, script, style, comments, template, svg, object/embed/iframe, form controls,
 *   elements hidden by `hidden`, `display:none`, `visibility:hidden`, `mso-hide:all` or a
 *   zero-height/zero-size overflow trick, and tracking pixels (an image 0–1 px wide or high).
 * - Paragraphs and headings are separated by a blank line; Word's `MsoNormal`-style paragraphs and
 *   margin-0 paragraphs (Outlook) by a line break, their `&nbsp;` spacer paragraphs kept as one
 *   blank line; `<br>` is a line break; `<hr>` a "---" line.
 * - Lists: "- " or "1. " (honouring `start`), nested lists indented; Word's list paragraphs get
 *   "- " for their symbol bullets. Tables: one line per row, cells joined by " | "; rows whose
 *   cells hold several lines (layout tables) are written cell after cell.
 * - Links: "text (url)" for http(s)/ftp links whose text is not the URL; mailto:, tel:, anchors
 *   and script URLs add nothing. Images: "[image: alt]" when the alt text says something.
 * - Quotes: `<blockquote>` lines start with "> " (Gmail's indent-only blockquote is indented).
 *   Where a reply's quoted history starts (Gmail, Outlook, Apple, Thunderbird markers) a
 *   QUOTE_MARK line is written, which `trimQuotedHistory` cuts at and `stripQuoteMarks` removes.
 */
import {
  BLOCK, CELL_SCOPE, CLOSES_P, DL_SCOPE, HEAD_CONTENT, HEADING, isHiddenElement, isTightParagraph, isTrackingPixel, isWordListParagraph,
  linkSuffix, LIST_SCOPE, MAX_SCOPE_SEARCH, meaningfulAlt, QUOTE_MARK, ROW_SCOPE, SKIP, startsQuotedHistory, TABLE_SCOPE, VOID, WORD_BULLET, WS,
} from './html-rules';
import { RAW_TEXT, tokenize, type Attributes } from './html-tokenizer';
import { tidyText } from './plain-text';
import { TextWriter } from './text-writer';

export interface HtmlToTextOptions {
  /** Keep QUOTE_MARK lines in the result (for trimQuotedHistory). Default false. */
  keepQuoteMarks?: boolean;
}

interface Frame {
  name: string;
  hidden: boolean;
  close?: () => void;
}

interface TableContext {
  parent: TextWriter;
  row: string[] | null;
  cell: TextWriter | null;
}

interface ListContext {
  ordered: boolean;
  next: number;
}

interface LinkContext {
  href: string;
  writer: TextWriter;
  mark: number;
}

class Renderer {
  private readonly root = new TextWriter();
  private w = this.root;
  private readonly stack: Frame[] = [];
  private readonly open = new Map<string, number>();
  private hidden = 0;
  private pre = 0;
  private preFirst = false;
  private inHead = false;
  private msoListPending = false;
  private readonly tables: TableContext[] = [];
  private readonly lists: ListContext[] = [];
  private readonly links: LinkContext[] = [];

  constructor(private readonly keepQuoteMarks: boolean) {}

  result(): string {
    while (this.stack.length) this.popFrame();
    return this.root.toString();
  }

  onText(text: string, raw: boolean): void {
    if (this.inHead && !raw && /[^\s\u00a0]/.test(text) && !this.hidden) this.endHead();
    if (this.hidden) return;
    let t = text.indexOf(QUOTE_MARK) === -1 ? text : text.split(QUOTE_MARK).join('');
    if (this.pre) {
      if (this.preFirst) t = t.replace(/^\r?\n/, '');
      this.preFirst = false;
      this.w.pre(t.replace(/\u00a0/g, ' '));
      return;
    }
    const collapsed = t.replace(WS, ' ');
    if (collapsed === ' ' || collapsed === '') {
      if (t.includes('\u00a0')) this.w.nbsp();
      else this.w.text(collapsed);
      return;
    }
    if (this.msoListPending) {
      this.msoListPending = false;
      if (WORD_BULLET.test(collapsed.trim())) {
        this.w.text('- ');
        return;
      }
    }
    this.w.text(collapsed);
  }

  onOpen(name: string, attrs: Attributes, selfClosing: boolean): void {
    if (this.inHead && !HEAD_CONTENT.has(name) && name !== 'head' && name !== 'html') this.endHead();
    if (name === 'html') return;
    if (name === 'body') {
      if (this.inHead) this.endHead();
      return;
    }
    this.impliedEnds(name);
    if (VOID.has(name)) {
      if (!this.hidden) this.voidElement(name, attrs);
      return;
    }
    if (selfClosing && !RAW_TEXT.has(name) && name !== 'a') {
      // "<div/>" is an open tag in HTML, but mail generators mean an empty element ("<svg/>" is one).
      if (!this.hidden && (name === 'p' || BLOCK.has(name))) this.w.block(1);
      return;
    }
    const frame: Frame = { name, hidden: false };
    if (this.hidden || SKIP.has(name) || isHiddenElement(name, attrs)) {
      frame.hidden = true;
      this.hidden++;
      if (name === 'head') this.inHead = true;
      this.push(frame);
      return;
    }
    if (startsQuotedHistory(name, attrs)) this.quoteMark();
    frame.close = this.behaviour(name, attrs);
    this.push(frame);
  }

  onClose(name: string): void {
    if (name === 'br') return this.onOpen('br', new Map(), false);
    if (name === 'html' || name === 'body') return;
    if (name === 'head' && this.inHead) return this.endHead();
    if (!this.open.get(name)) {
      if (name === 'p' && !this.hidden) this.w.block(2);
      return;
    }
    const scope = name === 'td' || name === 'th' ? CELL_SCOPE : name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot' || name === 'table' ? ROW_SCOPE : name === 'li' ? LIST_SCOPE : TABLE_SCOPE;
    this.closeInScope(name, scope);
  }

  private endHead(): void {
    while (this.inHead && this.stack.length) {
      const top = this.stack[this.stack.length - 1]!;
      this.popFrame();
      if (top.name === 'head') break;
    }
    this.inHead = false;
  }

  private push(frame: Frame): void {
    this.stack.push(frame);
    this.open.set(frame.name, (this.open.get(frame.name) ?? 0) + 1);
  }

  private popFrame(): void {
    const frame = this.stack.pop()!;
    this.open.set(frame.name, this.open.get(frame.name)! - 1);
    if (frame.hidden) {
      this.hidden--;
      if (frame.name === 'head') this.inHead = false;
    } else frame.close?.();
  }

  /** Pops up to and including the nearest `name` unless a scope boundary comes first. */
  private closeInScope(name: string, scope: ReadonlySet<string>): boolean {
    if (!this.open.get(name)) return false;
    const limit = Math.max(0, this.stack.length - MAX_SCOPE_SEARCH);
    for (let i = this.stack.length - 1; i >= limit; i--) {
      const n = this.stack[i]!.name;
      if (n === name) {
        while (this.stack.length > i) this.popFrame();
        return true;
      }
      if (scope.has(n)) return false;
    }
    return false;
  }

  private impliedEnds(name: string): void {
    if (CLOSES_P.has(name)) this.closeInScope('p', TABLE_SCOPE);
    if (name === 'li') this.closeInScope('li', LIST_SCOPE);
    else if (name === 'dt' || name === 'dd') {
      this.closeInScope('dt', DL_SCOPE);
      this.closeInScope('dd', DL_SCOPE);
    } else if (name === 'td' || name === 'th') {
      this.closeInScope('td', CELL_SCOPE);
      this.closeInScope('th', CELL_SCOPE);
    } else if (name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
      this.closeInScope('td', CELL_SCOPE);
      this.closeInScope('th', CELL_SCOPE);
      this.closeInScope('tr', ROW_SCOPE);
      if (name !== 'tr') for (const s of ['tbody', 'thead', 'tfoot']) this.closeInScope(s, ROW_SCOPE);
    } else if (name === 'a') this.closeInScope('a', TABLE_SCOPE);
    else if (HEADING.has(name)) for (const h of HEADING) this.closeInScope(h, TABLE_SCOPE);
    else if (name === 'option') this.closeInScope('option', TABLE_SCOPE);
  }

  private quoteMark(): void {
    if (!this.keepQuoteMarks) return;
    this.w.block(1);
    this.w.text(QUOTE_MARK);
    this.w.block(1);
  }

  private voidElement(name: string, attrs: Attributes): void {
    if (name === 'br') this.w.lineBreak();
    else if (name === 'hr') {
      if (startsQuotedHistory(name, attrs)) this.quoteMark();
      this.w.block(1);
      this.w.text('---');
      this.w.block(1);
    } else if (name === 'img' || name === 'image') {
      if (isHiddenElement(name, attrs) || isTrackingPixel(attrs)) return;
      const alt = meaningfulAlt(attrs.get('alt'));
      if (alt) this.w.text(` [image: ${alt}] `);
    } else if (name === 'wbr') return;
  }

  private behaviour(name: string, attrs: Attributes): (() => void) | undefined {
    const w = this.w;
    if (name === 'p') {
      const gap = isTightParagraph(attrs) ? 1 : 2;
      this.msoListPending = isWordListParagraph(attrs);
      w.block(gap);
      return () => {
        this.msoListPending = false;
        w.block(gap);
      };
    }
    if (BLOCK.has(name)) {
      w.block(1);
      return () => w.block(1);
    }
    if (HEADING.has(name)) {
      w.block(2);
      return () => w.block(2);
    }
    switch (name) {
      case 'pre':
      case 'listing':
      case 'xmp':
      case 'plaintext':
        w.block(2);
        this.pre++;
        this.preFirst = true;
        return () => {
          this.pre--;
          w.block(2);
        };
      case 'blockquote': {
        const indentOnly = /border\s*:\s*none/i.test(attrs.get('style') ?? '') && (attrs.get('type') ?? '') !== 'cite';
        w.block(1);
        w.pushPrefix(indentOnly ? '    ' : '> ');
        return () => {
          w.popPrefix();
          w.block(1);
        };
      }
      case 'ul':
      case 'ol':
      case 'dir': {
        const start = Number.parseInt(attrs.get('start') ?? '1', 10);
        this.lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
        w.block(1);
        return () => {
          this.lists.pop();
          w.block(1);
        };
      }
      case 'li': {
        const list = this.lists[this.lists.length - 1];
        const value = Number.parseInt(attrs.get('value') ?? '', 10);
        if (list && Number.isFinite(value)) list.next = value;
        const marker = list?.ordered ? `${list.next++}. ` : '- ';
        w.block(1);
        w.pushPrefix(marker, ' '.repeat(marker.length));
        return () => {
          w.popPrefix();
          w.block(1);
        };
      }
      case 'dt':
        w.block(1);
        return () => w.block(1);
      case 'dd':
        w.block(1);
        w.pushPrefix('  ');
        return () => {
          w.popPrefix();
          w.block(1);
        };
      case 'table':
        return this.openTable();
      case 'tr':
        return this.tables.length ? () => this.endRow() : undefined;
      case 'td':
      case 'th':
        return this.openCell();
      case 'a': {
        const href = attrs.get('href');
        if (!href) return undefined;
        const link: LinkContext = { href, writer: w, mark: w.mark() };
        this.links.push(link);
        return () => {
          this.links.pop();
          if (this.w !== link.writer) return;
          const suffix = linkSuffix(link.href, w.since(link.mark));
          if (suffix) w.append(suffix);
        };
      }
      case 'q':
        w.text('"');
        return () => w.text('"');
      case 'button':
        w.text(' ');
        return () => w.text(' ');
      default:
        return undefined;
    }
  }

  private openTable(): () => void {
    this.w.block(1);
    const table: TableContext = { parent: this.w, row: null, cell: null };
    this.tables.push(table);
    return () => {
      this.endRow();
      this.tables.pop();
      this.w = table.parent;
      this.w.block(1);
    };
  }

  private openCell(): (() => void) | undefined {
    const table = this.tables[this.tables.length - 1];
    if (!table) {
      this.w.text(' ');
      return () => this.w.text(' ');
    }
    this.endCell();
    table.row ??= [];
    table.cell = new TextWriter();
    this.w = table.cell;
    return () => this.endCell();
  }

  private endCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table?.cell) return;
    (table.row ??= []).push(tidyText(table.cell.toString()));
    table.cell = null;
    this.w = table.parent;
  }

  private endRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.endCell();
    const cells = (table.row ?? []).filter((c) => c !== '');
    table.row = null;
    const out = table.parent;
    if (cells.length === 0) return;
    if (cells.every((c) => !c.includes('\n')) && !cells.includes(QUOTE_MARK)) {
      out.block(1);
      out.text(cells.join(' | '));
      out.block(1);
      return;
    }
    for (const c of cells) {
      out.block(c.includes('\n') ? 2 : 1);
      out.lines(c);
      out.block(c.includes('\n') ? 2 : 1);
    }
  }
}

/** HTML → tidy plain text (see the module comment for the rules). */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const r = new Renderer(options.keepQuoteMarks ?? false);
  tokenize(html, {
    text: (t, raw) => r.onText(t, raw),
    open: (n, a, s) => r.onOpen(n, a, s),
    close: (n) => r.onClose(n),
  });
  return tidyText(r.result());
}
