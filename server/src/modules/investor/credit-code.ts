import { CREDIT_CODE_PATTERN } from '@zdyq/db/schema';

/** The 31 characters of a 统一社会信用代码, each worth its position (GB 32100-2015). */
const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const shape = new RegExp(CREDIT_CODE_PATTERN);

/** The check character the first 17 characters call for: 31 − (Σ value × weight mod 31), 31 written 0. */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
  return CHARACTERS.charAt((31 - (sum % 31)) % 31);
}

/** Whether a code is 18 characters of the set, upper case, ending in its check character. */
export function isCreditCode(code: string): boolean {
  return shape.test(code) && creditCodeCheck(code.slice(0, 17)) === code.charAt(17);
}
