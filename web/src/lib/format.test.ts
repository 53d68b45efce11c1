import { describe, expect, it } from 'vitest';
import { formatAmount, formatFigure, formatPercent, formatScore } from './format';

describe('number formats', () => {
  it('writes every percentage with one decimal', () => {
    expect([150, 91.234, 73.3, 0].map(formatPercent)).toEqual(['150.0%', '91.2%', '73.3%', '0.0%']);
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('writes figures whole when whole and scores with one decimal', () => {
    expect([3, 12.46, 12000].map(formatFigure)).toEqual(['3', '12.5', '12,000']);
    expect([100, 87.25].map(formatScore)).toEqual(['100.0', '87.3']);
  });

  it('keeps amounts exact, grouped, without trailing zeros', () => {
    expect(['55.0000', '12.3456', '1234.5', '0.10', '-3'].map(formatAmount)).toEqual([
      '55',
      '12.3456',
      '1,234.5',
      '0.1',
      '-3',
    ]);
    expect(formatAmount(undefined)).toBe('—');
  });
});
