/**
 * Every string a person can see, in one language: no English words in the
 * Dutch interface and no Dutch in the English one. Covers every message of
 * both locales, the server's refusals (by their codes) and its HTTP answers
 * (worded by apiErrors.ts), and the import errors.
 */
import { describe, expect, it } from 'vitest';
import nl from '../../src/i18n/nl.json';
import en from '../../src/i18n/en.json';
import { REFUSAL } from '../../src/domain/limits';

function entries(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? entries(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

/** The switch to the other language is written in that language, on purpose (and marked with its lang). */
const OTHER_LANGUAGE_ON_PURPOSE = new Set(['app.switchLanguage', 'app.switchLanguageLabel']);

/** Small words that give a language away; names (Npuls, Edu-V, MBO Digitaal) and placeholders are not words of either. */
const ENGLISH = /\b(the|and|you|your|this|that|with|not|are|were|has|have|could|cannot|try|again|only|from|to|too|many|please)\b/i;
const DUTCH = /\b(de|het|een|je|jij|jouw|niet|van|voor|met|zijn|wordt|kan|kon|nog|geen|alleen|opnieuw)\b/i;

const words = (text: string) => text.replace(/{{\w+}}/g, '').replace(/<[^>]+>/g, '');

describe('one language at a time', () => {
  it('no English in the Dutch interface', () => {
    expect(entries(nl).filter(([key, text]) => !OTHER_LANGUAGE_ON_PURPOSE.has(key) && ENGLISH.test(words(text))).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('no Dutch in the English interface', () => {
    expect(entries(en).filter(([key, text]) => !OTHER_LANGUAGE_ON_PURPOSE.has(key) && DUTCH.test(words(text))).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('every refusal the server can send has words in both languages', () => {
    for (const reason of Object.values(REFUSAL)) {
      if (reason === 'gap') continue;
      expect((nl.refusal as Record<string, string>)[reason], `nl refusal.${reason}`).toBeTruthy();
      expect((en.refusal as Record<string, string>)[reason], `en refusal.${reason}`).toBeTruthy();
    }
  });
});
