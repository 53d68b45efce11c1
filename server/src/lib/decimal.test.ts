import { describe, expect, it } from 'vitest';
import { compareDecimal, normalizeDecimal, toUnits } from './decimal.ts';

describe('decimal', () => {
  it('compares exactly at the 4th place', () => {
    expect(compareDecimal('9.9999', '10')).toBe(-1);
    expect(compareDecimal('10.0000', '10')).toBe(0);
    expect(compareDecimal('50', '49.9999')).toBe(1);
  });

  it('refuses more than four places and non-decimals', () => {
    expect(toUnits('1.23456')).toBeUndefined();
    expect(toUnits('1e3')).toBeUndefined();
    expect(toUnits('')).toBeUndefined();
  });

  it('normalises the text', () => {
    expect(normalizeDecimal('010.5000')).toBe('10.5');
    expect(normalizeDecimal('0.0001')).toBe('0.0001');
    expect(normalizeDecimal('12')).toBe('12');
  });
});
