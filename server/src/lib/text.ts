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
