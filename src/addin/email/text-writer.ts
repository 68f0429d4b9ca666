/**
 * The line writer behind the HTML → text conversion: collapses breaks so blocks are separated by
 * at most the break they ask for, keeps pending spaces between inline runs, and writes line
 * prefixes ("> " for quotes, "- " / "1. " then a hanging indent for list items) at the start of
 * every line. Tables render each cell into a writer of their own and write the finished rows here.
 */

interface Prefix {
  first: string;
  rest: string;
  used: boolean;
}

export class TextWriter {
  private readonly chunks: string[] = [];
  private readonly prefixes: Prefix[] = [];
  private lineStart = true;
  /** Consecutive "\n" at the end of the output. */
  private newlines = 0;
  private pendingBreak = 0;
  private pendingSpace = false;
  private empty = true;

  pushPrefix(first: string, rest = first): void {
    this.prefixes.push({ first, rest, used: false });
  }

  popPrefix(): void {
    this.prefixes.pop();
  }

  /** The next content starts on a new line (1) or after a blank line (2). */
  block(n: 1 | 2): void {
    if (n > this.pendingBreak) this.pendingBreak = n;
    this.pendingSpace = false;
  }

  /** A `<br>`: ends the current line, or adds an empty one. */
  lineBreak(): void {
    this.flushBreaks();
    if (this.empty) return;
    this.newline();
    this.pendingSpace = false;
  }

  /** Inline text, whitespace already collapsed to single spaces. */
  text(s: string): void {
    let start = 0;
    let end = s.length;
    if (end === 0) return;
    if (s.charCodeAt(0) === 32) {
      this.pendingSpace = true;
      start = 1;
    }
    if (end > start && s.charCodeAt(end - 1) === 32) end--;
    if (end <= start) return;
    this.flushBreaks();
    if (this.lineStart) this.writePrefix();
    else if (this.pendingSpace) this.chunks.push(' ');
    this.chunks.push(start === 0 && end === s.length ? s : s.slice(start, end));
    this.pendingSpace = end < s.length;
    this.newlines = 0;
    this.empty = false;
  }

  /** Whitespace that includes a no-break space: an empty line when it stands alone in a block. */
  nbsp(): void {
    this.flushBreaks();
    if (this.empty) return;
    if (this.lineStart) {
      this.writePrefix();
      this.newlines = 0;
    } else this.pendingSpace = true;
  }

  /** Preformatted text: spaces and line breaks kept. */
  pre(s: string): void {
    const lines = s.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) {
        this.flushBreaks();
        if (this.empty) continue;
        this.newline();
      }
      const line = lines[i]!.replace(/\r$/, '');
      if (!line) continue;
      this.flushBreaks();
      if (this.lineStart) this.writePrefix();
      else if (this.pendingSpace) this.chunks.push(' ');
      this.chunks.push(line);
      this.pendingSpace = false;
      this.newlines = 0;
      this.empty = false;
    }
  }

  /** Writes finished multi-line text (a table cell) as its own lines. */
  lines(s: string): void {
    this.pre(s);
  }

  /** Text glued to the end of what was written (a link's URL), before any pending break. */
  append(s: string): void {
    if (this.lineStart || this.empty) {
      this.text(s);
      return;
    }
    this.chunks.push(s);
    this.pendingSpace = false;
  }

  mark(): number {
    return this.chunks.length;
  }

  since(mark: number): string {
    return this.chunks.slice(mark).join('');
  }

  toString(): string {
    return this.chunks.join('');
  }

  private flushBreaks(): void {
    if (this.pendingBreak === 0) return;
    const want = this.pendingBreak;
    this.pendingBreak = 0;
    if (this.empty) return;
    if (!this.lineStart) this.newline();
    while (this.newlines < want) this.newline();
  }

  private newline(): void {
    if (this.lineStart && this.newlines > 0 && this.prefixes.length > 0) {
      // Only prefixes already in use: a blank line just before a quote is not part of it.
      const blank = this.prefixes.filter((p) => p.used).map((p) => p.rest).join('').trimEnd();
      if (blank) this.chunks.push(blank);
    }
    this.chunks.push('\n');
    this.newlines++;
    this.lineStart = true;
  }

  private writePrefix(): void {
    for (const p of this.prefixes) {
      this.chunks.push(p.used ? p.rest : p.first);
      p.used = true;
    }
    this.lineStart = false;
  }
}
