import { boundaryBefore, truncateText } from '../../../src/addin/email/truncate';

describe('truncateText', () => {
  it('leaves text that fits alone', () => {
    expect(truncateText('short', 10)).toEqual({ text: 'short', truncated: null });
  });

  it('cuts at a paragraph break near the limit', () => {
    const text = `${'a'.repeat(95)}\n\n${'b'.repeat(50)}`;
    expect(truncateText(text, 100)).toEqual({ text: 'a'.repeat(95), truncated: { originalLength: 147, keptLength: 95 } });
  });

  it('cuts after a sentence end when no paragraph break is close', () => {
    const text = `${'Word '.repeat(15)}ends here. Then more words follow without end and go on and on`;
    const r = truncateText(text, 100);
    expect(r.text.endsWith('ends here.')).toBe(true);
    expect(r.truncated?.keptLength).toBe(r.text.length);
  });

  it('falls back to a word boundary, then a hard cut that never splits a surrogate pair', () => {
    expect(truncateText(`${'word '.repeat(30)}`, 52).text).toBe('word '.repeat(10).trimEnd());
    const emoji = '😀'.repeat(60);
    const cut = truncateText(emoji, 51).text;
    expect(cut.length).toBe(50);
    expect(cut).toBe('😀'.repeat(25));
  });

  it('appends the note inside the limit', () => {
    const text = 'Sentence one. '.repeat(100);
    const r = truncateText(text, 300, '[shortened]');
    expect(r.text.length).toBeLessThanOrEqual(300);
    expect(r.text.endsWith('\n\n[shortened]')).toBe(true);
    expect(r.truncated).toEqual({ originalLength: text.length, keptLength: r.text.length - '\n\n[shortened]'.length });
  });

  it('boundaryBefore handles tiny limits', () => {
    expect(boundaryBefore('abc', 0)).toBe(0);
    expect(boundaryBefore('abc', 5)).toBe(3);
  });
});
