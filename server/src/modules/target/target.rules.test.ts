import { describe, expect, it } from 'vitest';
import { Dec } from '../../lib/decimal.ts';
import { achieved, elapsedDays, elapsedShare, onTrack, periodFor, yearOf } from './target.rules.ts';

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

const figure = (v: string | number) => ({ value: new Dec(v) });

describe('on track', () => {
  it('compares a count with the time elapsed, and a rate with its target, exactly', () => {
    const half = { elapsed: 1, total: 2 };
    expect(onTrack('COUNT', figure(15), '30', half)).toBe(true);
    expect(onTrack('COUNT', figure(14), '30', half)).toBe(false);
    // 546 / 1095 of 30 is 14.958…: 15 keeps pace, 14 does not.
    const worked = elapsedDays('2021-01-01', '2023-12-31', '2022-06-30');
    expect(worked).toEqual({ elapsed: 546, total: 1095 });
    expect(onTrack('COUNT', figure(15), '30', worked)).toBe(true);
    expect(onTrack('COUNT', figure(14), '30', worked)).toBe(false);
    // Two thirds of manufacturing projects meets "≥ 2/3" written 66.6666; 66.66659… would not.
    const twoThirds = { value: new Dec(2).dividedBy(3).times(100) };
    expect(onTrack('RATE', twoThirds, '66.6666', half)).toBe(true);
    expect(onTrack('RATE', twoThirds, '66.6667', half)).toBe(false);
    expect(onTrack('RATE', figure('39.9999'), '40', half)).toBe(false);
    expect(onTrack('RATE', null, '13', half)).toBe(false);
  });

  it('judges an ended period by its final result', () => {
    expect(achieved(figure(30), '30')).toBe(true);
    expect(achieved(figure(29), '30')).toBe(false);
    expect(achieved(null, '13')).toBe(false);
  });
});

describe('the period a target is judged in (SPEC 5.1)', () => {
  const periods = [
    { periodStart: '2021-01-01', periodEnd: '2023-12-31', targetValue: '30' },
    { periodStart: '2024-01-01', periodEnd: '2026-12-31', targetValue: '36' },
  ];
  it('is the one containing the day', () => {
    expect(periodFor(periods, '2022-06-30')).toEqual({ period: periods[0], ended: false });
    expect(periodFor(periods, '2026-11-28')).toEqual({ period: periods[1], ended: false });
  });
  it('else the latest that ended, marked ended; none before the first', () => {
    expect(periodFor(periods.slice(0, 1), '2026-11-28')).toEqual({ period: periods[0], ended: true });
    expect(periodFor(periods, '2027-01-01')).toEqual({ period: periods[1], ended: true });
    expect(periodFor(periods, '2020-06-30')).toBeNull();
  });
});
