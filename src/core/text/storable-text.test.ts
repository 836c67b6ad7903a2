import { describe, expect, it } from 'vitest';
import { escapeUnstorable, storableFileText, unstorableCharacterIn } from './storable-text.js';

describe('storable text', () => {
  it('finds NUL and lone surrogates, not paired ones or other controls', () => {
    expect(unstorableCharacterIn('ab\u0000')).toMatch(/^contains a NUL character \(U\+0000\) at character 3/);
    expect(unstorableCharacterIn('\udfff')).toMatch(/^contains a lone surrogate \(U\+DFFF\) at character 1/);
    expect(unstorableCharacterIn('x\ud83dy')).toMatch(/U\+D83D/);
    expect(unstorableCharacterIn('Grünau 🏘️ \u0001\u000b\u001f\u007f\u0085')).toBeNull();
    expect(escapeUnstorable('a\u0000b\ud800')).toBe('a\\u0000b\\ud800');
  });

  it('drops control characters from a file text but keeps tabs and line breaks', () => {
    expect(storableFileText('Bericht\u0000 über\u0001 Grünau\f\u000b\u001b\tSeite 2\r\nEnde\n')).toBe('Bericht über Grünau\tSeite 2\r\nEnde\n');
    expect(storableFileText('lone \ud800 pair 😀')).toBe('lone \uFFFD pair 😀');
  });
});
