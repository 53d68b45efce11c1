import { describe, expect, it } from 'vitest';
import { type Agreement, clauseVerdicts, gradeOf, measurementsDue, resultOf } from './compliance.rules.ts';

const agreement: Agreement = {
  agreedInvestment: '20',
  investmentIntensity: '400',
  landArea: '400',
  plotRatio: '1.2',
  startDeadline: '2022-06-30',
  completionDeadline: '2023-12-31',
  productionDeadline: '2024-03-31',
  capacityDeadline: '2025-12-31',
  annualOutput: '300000',
  taxPerMu: '31',
};
const stages = { startedOn: '2022-05-10', acceptedOn: '2024-02-01', productionOn: '2024-03-01', capacityOn: null };
const thresholds = [
  { grade: 'A', minTaxPerMu: '31' },
  { grade: 'B', minTaxPerMu: '15' },
  { grade: 'C', minTaxPerMu: '5' },
  { grade: 'D', minTaxPerMu: '0' },
];
const verdicts = (r: ReturnType<typeof clauseVerdicts>) =>
  Object.fromEntries(r.clauses.map((c) => [c.clause, c.verdict]));

describe('clause verdicts (SPEC 6)', () => {
  it('a check in 2024: started in time, completed late, produced in time, capacity and tax not due', () => {
    const r = clauseVerdicts(
      agreement,
      { checkedOn: '2024-06-30', actualInvestment: '18', annualOutput: null, annualTax: null, plotRatio: '1.3' },
      stages,
      '400',
    );
    expect(verdicts(r)).toEqual({
      START_DEADLINE: 'MET',
      COMPLETION_DEADLINE: 'NOT_MET',
      PRODUCTION_DEADLINE: 'MET',
      CAPACITY_DEADLINE: 'NOT_DUE',
      INVESTMENT: 'NOT_MET',
      INVESTMENT_INTENSITY: 'MET',
      PLOT_RATIO: 'MET',
      ANNUAL_OUTPUT: 'NOT_DUE',
      TAX_PER_MU: 'NOT_DUE',
    });
    // 18亿 × 10000 ÷ 400亩 = 450 万元/亩.
    expect(r.investmentIntensity?.toFixed()).toBe('450');
    expect(resultOf(r.clauses)).toBe('NON_COMPLIANT');
  });

  it('tax per mu is annual tax ÷ land area, graded A at 31 and D below 5', () => {
    const r = clauseVerdicts(
      { ...agreement, capacityDeadline: '2025-12-31' },
      { checkedOn: '2026-03-31', actualInvestment: '21', annualOutput: '320000', annualTax: '12400', plotRatio: '1.3' },
      { ...stages, acceptedOn: '2023-11-30', capacityOn: '2025-10-01' },
      '400',
    );
    expect(r.taxPerMu?.toFixed()).toBe('31');
    expect(verdicts(r).TAX_PER_MU).toBe('MET');
    expect(resultOf(r.clauses)).toBe('COMPLIANT');
    expect(gradeOf('31', thresholds)).toBe('A');
    expect(gradeOf('30.99', thresholds)).toBe('B');
    expect(gradeOf('15', thresholds)).toBe('B');
    expect(gradeOf('5', thresholds)).toBe('C');
    expect(gradeOf('4.9999', thresholds)).toBe('D');
    const low = clauseVerdicts(
      agreement,
      { checkedOn: '2026-03-31', actualInvestment: '21', annualOutput: '320000', annualTax: '1200', plotRatio: '1.3' },
      { ...stages, acceptedOn: '2023-11-30', capacityOn: '2025-10-01' },
      '400',
    );
    expect(low.taxPerMu?.toFixed()).toBe('3');
    expect(verdicts(low).TAX_PER_MU).toBe('NOT_MET');
  });

  it('compares the exact quotient, not a rounded one (land 33.3337 亩, investment 1亿, tax 1033.2万)', () => {
    const due = { ...agreement, investmentIntensity: '300', taxPerMu: '31', agreedInvestment: null };
    const r = clauseVerdicts(
      due,
      { checkedOn: '2026-03-31', actualInvestment: '1', annualOutput: '320000', annualTax: '1033.2', plotRatio: '1.3' },
      { ...stages, acceptedOn: '2023-11-30', capacityOn: '2025-10-01' },
      '33.3337',
    );
    // 1 × 10000 ÷ 33.3337 = 299.99670… and 1033.2 ÷ 33.3337 = 30.99565…: both just below the line.
    expect(r.investmentIntensity?.toFixed()).toBe('299.9967');
    expect(r.taxPerMu?.toFixed()).toBe('30.9957');
    expect(verdicts(r).INVESTMENT_INTENSITY).toBe('NOT_MET');
    expect(verdicts(r).TAX_PER_MU).toBe('NOT_MET');
    expect(r.taxPerMu && gradeOf(r.taxPerMu, thresholds)).toBe('B');
    // 4.99998 万元/亩 is below the 低效 line of 5, however close.
    const low = clauseVerdicts(
      due,
      {
        checkedOn: '2026-03-31',
        actualInvestment: '1',
        annualOutput: '320000',
        annualTax: '499.998',
        plotRatio: '1.3',
      },
      { ...stages, acceptedOn: '2023-11-30', capacityOn: '2025-10-01' },
      '100',
    );
    expect(low.taxPerMu && gradeOf(low.taxPerMu, thresholds)).toBe('D');
    // Exactly on the line is on it.
    const exact = clauseVerdicts(
      due,
      { checkedOn: '2026-03-31', actualInvestment: '1', annualOutput: '320000', annualTax: '3100', plotRatio: '1.3' },
      { ...stages, acceptedOn: '2023-11-30', capacityOn: '2025-10-01' },
      '100',
    );
    expect(verdicts(exact).TAX_PER_MU).toBe('MET');
    expect(exact.taxPerMu && gradeOf(exact.taxPerMu, thresholds)).toBe('A');
  });

  it('a deadline met early is met before it falls due; a stage reached after the check does not count', () => {
    const r = clauseVerdicts(
      agreement,
      { checkedOn: '2022-05-01', actualInvestment: null, annualOutput: null, annualTax: null, plotRatio: null },
      stages,
      '400',
    );
    expect(verdicts(r).START_DEADLINE).toBe('NOT_DUE');
    const after = clauseVerdicts(
      agreement,
      { checkedOn: '2022-05-20', actualInvestment: null, annualOutput: null, annualTax: null, plotRatio: null },
      stages,
      '400',
    );
    expect(verdicts(after).START_DEADLINE).toBe('MET');
  });

  it('refuses a land area of zero or none, naming the field, rather than dividing by zero', () => {
    const check = {
      checkedOn: '2026-03-31',
      actualInvestment: '21',
      annualOutput: '1',
      annualTax: '100',
      plotRatio: '1.3',
    };
    expect(() => clauseVerdicts(agreement, check, stages, '0')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'landArea' } }),
    );
    expect(() => clauseVerdicts(agreement, check, stages, null)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('asks for the measurement of a clause that is due', () => {
    const check = {
      checkedOn: '2026-03-31',
      actualInvestment: '21',
      annualOutput: '1',
      annualTax: null,
      plotRatio: '1.3',
    };
    expect(() => clauseVerdicts(agreement, check, stages, '400')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'annualTax' } }),
    );
  });
});

describe('the measurements a check must carry', () => {
  it('asks for what the clauses due on the day measure, and what the verdicts refuse without', () => {
    expect(measurementsDue(agreement, '2023-12-30')).toEqual([]);
    expect(measurementsDue(agreement, '2024-06-30')).toEqual(['actualInvestment', 'plotRatio']);
    expect(measurementsDue(agreement, '2026-01-01')).toEqual([
      'actualInvestment',
      'plotRatio',
      'annualOutput',
      'annualTax',
    ]);
    // A clause with no deadline is due at once; one not agreed is never asked for.
    expect(measurementsDue({ ...agreement, capacityDeadline: null, annualOutput: null }, '2023-01-01')).toEqual([
      'annualTax',
    ]);
    // Each field asked for is one the verdicts refuse the check without.
    const full = {
      checkedOn: '2026-01-01',
      actualInvestment: '20',
      annualOutput: '1',
      annualTax: '1',
      plotRatio: '1.2',
    };
    const done = { ...stages, capacityOn: '2025-06-01' };
    for (const field of measurementsDue(agreement, '2026-01-01')) {
      expect(() => clauseVerdicts(agreement, { ...full, [field]: null }, done, '400')).toThrow('该条款已到考核期');
    }
  });
});
