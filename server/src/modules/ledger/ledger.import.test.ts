import { describe, expect, it } from 'vitest';
import type { AmountUnit } from './ledger.columns.ts';
import { convertAmount } from './ledger.import.ts';

describe('amounts in imported cells convert by their column’s unit (SPEC 5.3)', () => {
  const table: Array<[string | number, AmountUnit, string]> = [
    ['15000万', '万美元', '15000'],
    ['1.5亿', '万美元', '15000'],
    ['2亿美元', '万美元', '20000'],
    ['15000', '万美元', '15000'],
    ['1.5亿', '亿元', '1.5'],
    ['12 亿元', '亿元', '12'],
    ['150000万', '亿元', '15'],
    ['120000万元', '亿元', '12'],
    ['1,200', '亿元', '1200'],
    [12.5, '亿元', '12.5'],
    ['120', '亩', '120'],
    ['120亩', '亩', '120'],
    ['33.3337', '亩', '33.3337'],
  ];
  for (const [cell, unit, value] of table) {
    it(`“${cell}” in a ${unit} column is ${value}`, () => {
      expect(convertAmount(cell, unit)).toBe(value);
    });
  }

  const refused: Array<[string | number, AmountUnit, string]> = [
    ['120万', '亩', '不适用于本列（亩）'],
    ['1.5亿元', '万美元', '不适用于本列（万美元）'],
    ['3万美元', '亿元', '不适用于本列（亿元）'],
    ['1.23456万', '亿元', '超过4位小数'],
    [12.34567, '亿元', '超过4位小数'],
    ['五亿', '亿元', '不是有效金额'],
    ['1e5', '亿元', '不是有效金额'],
  ];
  for (const [cell, unit, message] of refused) {
    it(`refuses “${cell}” in a ${unit} column, naming why`, () => {
      expect(() => convertAmount(cell, unit)).toThrow(message);
    });
  }
});
