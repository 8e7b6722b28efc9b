import { describe, expect, it } from 'vitest';
import nl from '../../src/i18n/nl.json';
import en from '../../src/i18n/en.json';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(messages: object): Map<string, string> {
  const byKey = new Map<string, string>();
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) walk(value, `${prefix}${key}.`);
      else byKey.set(`${prefix}${key}`, [...String(value).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort().join(','));
    }
  };
  walk(messages, '');
  return byKey;
}

describe('translations', () => {
  it('every Dutch key has an English translation and the other way round', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('no translation is empty', () => {
    const empty = (messages: object) => keys(messages).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty(nl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('both languages use the same placeholders', () => {
    expect([...placeholders(en)]).toEqual([...placeholders(nl)]);
  });
});
