import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { sourceTexts } from './source-messages.ts';
import { languageOf, translate } from './translate.ts';

// The workbooks' files: every text they write is said in the user's language.
const source = sourceTexts(fileURLToPath(new URL('..', import.meta.url)), [
  'modules/ledger/ledger.columns.ts',
  'modules/ledger/ledger.export.ts',
  'modules/ledger/reports.export.ts',
  'modules/audit/audit.export.ts',
  'modules/audit/audit.labels.ts',
  'modules/lead/lead.export.ts',
]);
const parts = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

describe('the English message catalogue', () => {
  it('has every message of the source, and nothing the source no longer says', () => {
    const keys = new Set(Object.keys(en));
    expect([...source.messages].filter((m) => !keys.has(m))).toEqual([]);
    expect([...keys].filter((k) => !source.all.has(k))).toEqual([]);
    // The source's messages are found at all (the reader works).
    expect(source.messages.size).toBeGreaterThan(300);
  });

  it('keeps each message’s parts, and says it in English', () => {
    for (const [chinese, english] of Object.entries(en)) {
      expect(parts(english), chinese).toEqual(parts(chinese));
      // Chinese only where a user must type it (是 / 否 in a cell).
      expect(english.replace(/“[^”]*”/g, ''), chinese).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reads built messages back, translating the words they were built from and keeping the values', () => {
    expect(translate('项目不存在', 'en')).toBe('The project does not exist');
    expect(translate('项目名称不能为空', 'en')).toBe('Project name is required');
    expect(translate('总投资必须大于0', 'en')).toBe('Total investment must be greater than 0');
    expect(translate('项目已被张伟修改，请刷新后再改', 'en')).toBe(
      'The project was changed by 张伟; reload and try again',
    );
    // The more specific message wins over the general one it also matches.
    expect(translate('“abc”不是有效数字', 'en')).toBe('“abc” is not a valid number');
    expect(translate('“12万欧元”的单位“万欧元”不适用于本列（亿元）', 'en')).toBe(
      'The unit “万欧元” of “12万欧元” does not fit this column (100 million yuan)',
    );
    expect(translate('未知的消息', 'en')).toBe('未知的消息');
    expect(translate('项目不存在', 'zh')).toBe('项目不存在');
  });

  it('answers in English only when the user prefers it', () => {
    expect(languageOf(undefined)).toBe('zh');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(languageOf('fr-FR')).toBe('zh');
  });
});
