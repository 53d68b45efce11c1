import { describe, expect, it } from 'vitest';
import { addMonths, standardMilestones } from './lifecycle.ts';

describe('lifecycle reference', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2022-03-01', 1)).toBe('2022-04-01');
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2022-11-15', 14)).toBe('2024-01-15');
  });

  it('plans the standard nodes from the signing date, done for the stages reached', () => {
    const nodes = standardMilestones('2022-03-01', { signedOn: '2022-03-01', startedOn: '2022-08-10' });
    expect(nodes.map((n) => [n.key, n.plannedOn, n.actualOn])).toEqual([
      ['SIGNING', '2022-03-01', '2022-03-01'],
      ['COMPANY_REGISTERED', '2022-04-01', null],
      ['LAND_ACQUIRED', '2022-06-01', null],
      ['PROJECT_FILED', '2022-07-01', null],
      ['ENV_ENERGY_APPROVED', '2022-08-01', null],
      ['CONSTRUCTION_PERMIT', '2022-09-01', null],
      ['CONSTRUCTION_STARTED', '2022-09-01', '2022-08-10'],
      ['STRUCTURE_TOPPED', '2023-05-01', null],
      ['ACCEPTED', '2023-11-01', null],
      ['PRODUCTION_STARTED', '2024-03-01', null],
      ['AT_CAPACITY', '2025-03-01', null],
    ]);
    expect(nodes.every((n) => n.baselineOn === n.plannedOn)).toBe(true);
  });
});
