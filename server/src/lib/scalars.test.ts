import { describe, expect, it } from 'vitest';
import { DateScalar, DecimalScalar, parseIsoDate } from './scalars.ts';

describe('scalars', () => {
  it('accepts only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2023-2-1')).toBeUndefined();
    expect(() => DateScalar.parseValue('2023-13-01')).toThrow();
    expect(DateScalar.serialize('2022-03-01')).toBe('2022-03-01');
  });

  it('keeps decimals exact as strings', () => {
    expect(DecimalScalar.parseValue('9.9999')).toBe('9.9999');
    expect(DecimalScalar.parseValue(10)).toBe('10');
    expect(() => DecimalScalar.parseValue('10亿')).toThrow();
    expect(() => DecimalScalar.parseValue('1e3')).toThrow();
    expect(() => DecimalScalar.parseValue(Number.NaN)).toThrow();
  });
});
