/**
 * Characters no user types: control characters (Unicode Cc) but tab, line feed and carriage
 * return, and halves of a surrogate pair without the other half. A NUL would be refused by
 * PostgreSQL deep inside a transaction; the others hide text from the people who read it.
 */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

export const hasControlCharacter = (text: string) => FORBIDDEN.test(text);

/**
 * The path of the first string inside a value that holds a forbidden character, e.g.
 * ["input", "name"], or undefined when there is none.
 */
export function findControlCharacter(
  value: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value === 'string') return hasControlCharacter(value) ? [...path] : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findControlCharacter(item, [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

export const CONTROL_CHARACTER_MESSAGE = '不能包含控制字符（如NUL）';

/** Line breaks of every kind a text may carry: CR, LF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
const LINE_BREAKS = /\s*[\r\n\u0085\u2028\u2029]+\s*/g;

export const hasLineBreak = (text: string) => LINE_BREAK.test(text);

/** The text on one line: each run of line breaks (and the spaces around it) becomes one space. */
export const oneLine = (text: string) => text.replace(LINE_BREAKS, ' ');

/**
 * A template whose every interpolated value is put on one line: a message's lines are the
 * product's, so a name or title a user typed cannot start a line of its own in it.
 */
export function said(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce(
    (text, part, i) => text + part + (i < values.length ? oneLine(String(values[i] ?? '')) : ''),
    '',
  );
}

/**
 * Characters markdown (and the few HTML tags 钉钉 renders) gives a meaning, as their full-width
 * look-alikes, and links broken: text shown in a markdown message reads as typed and makes no
 * heading, link, image, emphasis, quote, table or mention.
 */
const MARKDOWN_INERT: Record<string, string> = {
  '\\': '＼',
  '*': '＊',
  _: '＿',
  '#': '＃',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '!': '！',
  '<': '＜',
  '>': '＞',
  '`': '｀',
  '|': '｜',
  '~': '～',
  '@': '＠',
};

export const markdownInert = (text: string) =>
  oneLine(text)
    .replace(/[\\*_#[\]()!<>`|~@]/g, (c) => MARKDOWN_INERT[c] ?? c)
    .replace(/:\/\//g, '：//');
