import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for money, areas, intensities, tax per mu, rates and weights (SPEC 5.3),
 * on decimal.js: no binary floating point anywhere a figure is judged. Every stored amount has at
 * most four places; a verdict compares the exact value with its threshold, and rounding happens only
 * where a person reads the figure.
 */
export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

const SCALE = 4;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The exact value of a decimal text, or undefined when it is not one (exponents and blanks refused). */
export function parseDecimal(value: string, maxPlaces = SCALE): Decimal | undefined {
  const text = value.trim();
  if (!DECIMAL.test(text)) return undefined;
  const d = new Dec(text);
  return d.decimalPlaces() > maxPlaces ? undefined : d;
}

export function decimalPlaces(value: string): number {
  return parseDecimal(value, Number.POSITIVE_INFINITY)?.decimalPlaces() ?? 0;
}

/** The value in units of 0.0001 as a bigint; undefined when not a decimal of at most 4 places. */
export function toUnits(value: string): bigint | undefined {
  const d = parseDecimal(value);
  return d === undefined ? undefined : BigInt(d.times(10 ** SCALE).toFixed(0));
}

export function compareDecimal(a: string | Decimal, b: string | Decimal): number {
  const x = typeof a === 'string' ? parseDecimal(a, Number.POSITIVE_INFINITY) : a;
  const y = typeof b === 'string' ? parseDecimal(b, Number.POSITIVE_INFINITY) : b;
  if (x === undefined || y === undefined) throw new Error(`not a decimal: ${String(a)} / ${String(b)}`);
  return x.comparedTo(y);
}

/** The canonical text of a decimal: no leading zeros, no trailing fractional zeros ("010.50" → "10.5"). */
export function normalizeDecimal(value: string): string {
  const d = parseDecimal(value);
  if (d === undefined) throw new Error(`not a decimal: ${value}`);
  return d.toFixed();
}

/** A figure for people: at most `places` places, half up, without trailing zeros ("299.99666…" → "299.9967"). */
export const display = (value: Decimal, places = SCALE) => value.toDecimalPlaces(places).toFixed();

/**
 * An exact quotient such as tax ÷ land area: judged against a threshold by cross-multiplying, so
 * 30.99574… 万元/亩 is below 31 however close; shown rounded.
 */
export class Ratio {
  private constructor(
    readonly numerator: Decimal,
    readonly denominator: Decimal,
  ) {}

  /** null when the denominator is missing or zero: the quotient does not exist. */
  static of(numerator: Decimal | string, denominator: Decimal | string | null): Ratio | null {
    if (denominator === null) return null;
    const den = new Dec(denominator);
    if (den.isZero()) return null;
    const num = new Dec(numerator);
    return den.isNegative() ? new Ratio(num.negated(), den.negated()) : new Ratio(num, den);
  }

  /** −1, 0 or 1 as the quotient is below, at or above the value. */
  compare(value: Decimal | string): number {
    return this.numerator.comparedTo(new Dec(value).times(this.denominator));
  }

  atLeast(value: Decimal | string): boolean {
    return this.compare(value) >= 0;
  }

  /** The quotient rounded for storage or display. */
  toFixed(places = SCALE): string {
    return display(this.numerator.dividedBy(this.denominator), places);
  }
}
