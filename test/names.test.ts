/** Matching speakers' names (one rule, with the last word begun while typing) and the UTF-16 byte order mark, each in one place. */
import { describe, expect, it } from 'vitest';
import { nameMatches } from '../src/store/names.js';
import { actorNameMatches, speakerKeysFitting } from '../src/store/common.js';
import { utf16Bom } from '../src/ingest/lines.js';

describe('nameMatches', () => {
  it('matches whole words in a row, and with `begun` the last one may be the start of its word', () => {
    expect(nameMatches('Tom Kim', 'kim')).toBe(true);
    expect(nameMatches('Tom Kimball', 'Kim')).toBe(false);
    expect(nameMatches('Tom Kimball', 'Kim', { begun: true })).toBe(true);
    expect(nameMatches('Odile Varenne-Bast', 'odile var', { begun: true })).toBe(true);
    expect(nameMatches('Odile Varenne-Bast', 'odile var')).toBe(false);
    // only the last word may be begun, and only at its start
    expect(nameMatches('Odile Varenne-Bast', 'odi varenne', { begun: true })).toBe(false);
    expect(nameMatches('Odile Varenne-Bast', 'renne', { begun: true })).toBe(false);
    expect(nameMatches('Odile Varenne', '  ', { begun: true })).toBe(false);
  });

  it('is the rule of an actor with aliases and of the speakers filter', () => {
    const aliases = JSON.stringify(['Chancellor Brask', 'Ebba Brask-Lund']);
    expect(actorNameMatches('Ebba Lund', aliases, 'brask')).toBe(true);
    expect(actorNameMatches('Ebba Lund', aliases, 'bras')).toBe(false);
    expect(actorNameMatches('Ebba Lund', aliases, 'bras', { begun: true })).toBe(true);
    expect(actorNameMatches('Ebba Lund', 'not json', 'ebba')).toBe(true);
    expect(actorNameMatches('Ebba Lund', 'not json', 'brask')).toBe(false);
    const keys = speakerKeysFitting(
      'chancellor br',
      [{ k: 'name:chancellor bruno', n: 'Chancellor Bruno' }],
      [
        { key: 'PER:ebba lund', name: 'Ebba Lund', aliases },
        { key: 'PER:odd', name: 'Odd Man', aliases: '{broken' },
      ],
    );
    expect(keys).toEqual(['name:chancellor bruno', 'PER:ebba lund']);
  });
});

describe('utf16Bom', () => {
  it('reads the byte order mark of UTF-16 and nothing else', () => {
    expect(utf16Bom(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(utf16Bom(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toBe('utf-16be');
    expect(utf16Bom(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBeUndefined();
    expect(utf16Bom(Buffer.from([0xff]))).toBeUndefined();
    expect(utf16Bom(Buffer.from('plain'))).toBeUndefined();
  });
});
