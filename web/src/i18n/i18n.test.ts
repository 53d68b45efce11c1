import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { i18n } from './index.ts';
import { zh } from './zh.ts';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1] ?? '').sort();
}

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('leave no text empty and keep the same placeholders', () => {
    const lookup = (messages: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of keys(zh)) {
      expect(lookup(zh, key).trim(), key).not.toBe('');
      expect(lookup(en, key).trim(), key).not.toBe('');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zh, key)));
    }
  });

  it('starts in Chinese and loads English when asked', async () => {
    expect(i18n.t('role.LEADER')).toBe(zh.role.LEADER);
    await i18n.changeLanguage('en');
    expect(i18n.t('role.LEADER')).toBe(en.role.LEADER);
    await i18n.changeLanguage('zh');
    expect(i18n.t('role.LEADER')).toBe(zh.role.LEADER);
  });
});
