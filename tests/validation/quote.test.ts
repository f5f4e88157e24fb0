import { describe, expect, it } from 'vitest';
import { characterNote, describeCharacter, quote, shorten } from '../../src/validation/quote.ts';

describe('quote', () => {
  it('quotes short values in full and cuts long ones, saying how long they were', () => {
    expect(quote('what-ai-is')).toBe('"what-ai-is"');
    expect(quote('a'.repeat(200_000))).toBe(`"${'a'.repeat(80)}…" (200000 characters)`);
    expect(shorten('b'.repeat(81))).toBe(`${'b'.repeat(80)}…`);
  });
});

describe('characterNote', () => {
  it('names look-alike letters and invisible characters with their position', () => {
    expect(characterNote('what-\u0430i-is')).toBe('"а" (U+0430, a Cyrillic letter) at character 6');
    expect(characterNote('what-ai\u200b-is')).toBe('an invisible character (U+200B) at character 8');
    expect(characterNote('what\u00a0ai')).toBe('a special space (U+00A0) at character 5');
  });

  it('says nothing about plain ASCII', () => {
    expect(characterNote('what-ai-is')).toBeUndefined();
  });

  it('describes emoji and letters of other scripts', () => {
    expect(describeCharacter('🤖')).toBe('"🤖" (U+1F916, an emoji)');
    expect(describeCharacter('\u0634')).toBe('"ش" (U+0634, an Arabic letter)');
    expect(describeCharacter('\u03b1')).toBe('"α" (U+03B1, a Greek letter)');
  });
});
