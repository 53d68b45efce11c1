/**
 * Exact comparison of decimals with up to four places, the precision of every amount in the
 * product: "9.9999" is below "10", never rounded up by floating point.
 */
const SCALE = 4;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function decimalPlaces(value: string): number {
  return DECIMAL.exec(value)?.[3]?.length ?? 0;
}

/** The value in units of 0.0001 as a bigint; undefined when not a decimal of at most 4 places. */
export function toUnits(value: string): bigint | undefined {
  const m = DECIMAL.exec(value.trim());
  if (!m || (m[3]?.length ?? 0) > SCALE) return undefined;
  const units = BigInt(m[2] + (m[3] ?? '').padEnd(SCALE, '0'));
  return m[1] ? -units : units;
}

export function compareDecimal(a: string, b: string): number {
  const x = toUnits(a);
  const y = toUnits(b);
  if (x === undefined || y === undefined) throw new Error(`not a decimal: ${a} / ${b}`);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The canonical text of a decimal: no leading zeros, no trailing fractional zeros ("010.50" → "10.5"). */
export function normalizeDecimal(value: string): string {
  const units = toUnits(value);
  if (units === undefined) throw new Error(`not a decimal: ${value}`);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
