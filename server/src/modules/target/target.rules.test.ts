import { describe, expect, it } from 'vitest';
import { elapsedShare, onTrack, yearOf } from './target.rules.ts';

describe('时序进度', () => {
  it('is 546 / 1095 on 2022-06-30 of the 2021–2023 period (SPEC 5)', () => {
    expect(elapsedShare('2021-01-01', '2023-12-31', '2022-06-30')).toBeCloseTo(546 / 1095, 10);
    expect((elapsedShare('2021-01-01', '2023-12-31', '2022-06-30') * 100).toFixed(1)).toBe('49.9');
  });

  it('is 0 before the period and 1 after it', () => {
    expect(elapsedShare('2021-01-01', '2023-12-31', '2020-12-31')).toBe(0);
    expect(elapsedShare('2021-01-01', '2023-12-31', '2023-12-31')).toBe(1);
    expect(elapsedShare('2021-01-01', '2023-12-31', '2026-11-26')).toBe(1);
  });

  it('takes a calendar year for annual targets', () => {
    expect(yearOf('2024-02-29')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(elapsedShare('2024-01-01', '2024-12-31', '2024-12-31')).toBe(1);
  });
});

describe('on track', () => {
  it('compares a count with the time elapsed, and a rate with its target', () => {
    expect(onTrack('COUNT', 15, 30, 0.5)).toBe(true);
    expect(onTrack('COUNT', 14, 30, 0.5)).toBe(false);
    expect(onTrack('RATE', 66.6667, 66.6667, 0.2)).toBe(true);
    expect(onTrack('RATE', 39.9, 40, 1)).toBe(false);
  });
});
