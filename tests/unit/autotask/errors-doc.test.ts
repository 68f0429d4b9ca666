/** docs/errors.md lists every error code of the client, with its class, and no code that does not exist. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as autotask from '../../../src/autotask';

const root = resolve(__dirname, '..', '..', '..');
const source = readFileSync(resolve(root, 'src', 'autotask', 'errors.ts'), 'utf8');
const docs = readFileSync(resolve(root, 'docs', 'errors.md'), 'utf8');

/** `class X extends … { readonly code = 'CODE' as const` pairs, in the order they are declared. */
const declared = [...source.matchAll(/export class (\w+) extends AutotaskError \{\s*(?:\/\*\*[^]*?\*\/\s*)?readonly code = '(\w+)' as const/g)]
  .map((m) => ({ cls: m[1]!, code: m[2]! }));

describe('docs/errors.md and the error classes agree', () => {
  it('finds every concrete error class (and the parse can fail)', () => {
    expect(declared.map((d) => d.cls)).toEqual(expect.arrayContaining(['AutotaskValidationError', 'AutotaskConnectionError', 'AutotaskAttachmentTooLargeError', 'AutotaskAttachmentBudgetError']));
    expect(declared).toHaveLength(14);
  });

  it('each code has a row naming its class, and each class is exported', () => {
    for (const { cls, code } of declared) {
      expect({ code, row: docs.includes(`| \`${code}\` | \`${cls}\` |`) }).toEqual({ code, row: true });
      expect(typeof (autotask as Record<string, unknown>)[cls]).toBe('function');
    }
    const documented = [...docs.matchAll(/^\| `(AUTOTASK_\w+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(declared.map((d) => d.code).sort());
  });
});
