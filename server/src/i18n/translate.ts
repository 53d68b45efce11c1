import Negotiator from 'negotiator';
import { en } from './en.ts';

/** The languages the server answers in; Chinese, the product's own, unless the user asks for English. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** The language an Accept-Language header prefers among ours; Chinese when it names neither. */
export function languageOf(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return 'zh';
  const chosen = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...languages]);
  return chosen === 'en' ? 'en' : 'zh';
}

type Pattern = { match: RegExp; parts: number[]; english: string; fixed: number };

/**
 * The catalogue's messages with parts ({0}, {1}…) as patterns, most specific first (the most fixed
 * text), so "“x”不是有效数字" is read as that message rather than as "“{0}”不是有效{1}".
 */
const patterns: Pattern[] = Object.entries(en)
  .filter(([chinese]) => /\{\d+\}/.test(chinese))
  .map(([chinese, english]) => {
    const pieces = chinese.split(/\{(\d+)\}/);
    const parts: number[] = [];
    let source = '';
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) {
        parts.push(Number(piece));
        source += '(.+?)';
      } else source += piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    });
    const fixed = pieces.filter((_, i) => i % 2 === 0).join('').length;
    return { match: new RegExp(`^${source}$`, 's'), parts, english, fixed };
  })
  .sort((a, b) => b.fixed - a.fixed);

/**
 * A server message in the user's language. Chinese is the text itself; English is the catalogue's,
 * a built message read back through its pattern, with the words it was built from (a field's name,
 * a unit) translated too and values (a name, a date, a number) kept. Text the catalogue does not
 * know stays as it is.
 */
export function translate(message: string, language: Language): string {
  return language === 'zh' ? message : toEnglish(message, 0);
}

function toEnglish(text: string, depth: number): string {
  const known = en[text];
  if (known !== undefined) return known;
  if (depth > 2) return text;
  for (const pattern of patterns) {
    const found = pattern.match.exec(text);
    if (!found) continue;
    const values = new Map(pattern.parts.map((part, i) => [part, found[i + 1] ?? '']));
    return pattern.english.replace(/\{(\d+)\}/g, (_, part: string) =>
      toEnglish(values.get(Number(part)) ?? '', depth + 1),
    );
  }
  return text;
}
