import { describe, expect, it } from 'vitest';
import { addMonths, defaultNodeTemplates, settleDates, standardMilestones, templateMilestones } from './lifecycle.ts';

describe('lifecycle reference', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2022-03-01', 1)).toBe('2022-04-01');
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2022-11-15', 14)).toBe('2024-01-15');
  });

  it('plans the standard nodes from the signing date, settling those before the stages reached (SPEC 4.2)', () => {
    const nodes = standardMilestones('2022-03-01', { signedOn: '2022-03-01', startedOn: '2022-08-10' });
    expect(nodes.map((n) => [n.key, n.plannedOn, n.actualOn, n.completedByStage])).toEqual([
      ['SIGNING', '2022-03-01', '2022-03-01', true],
      // Construction started: the permits before it are behind the project, done on that day.
      ['COMPANY_REGISTERED', '2022-04-01', '2022-08-10', true],
      ['LAND_ACQUIRED', '2022-06-01', '2022-08-10', true],
      ['PROJECT_FILED', '2022-07-01', '2022-08-10', true],
      ['ENV_ENERGY_APPROVED', '2022-08-01', '2022-08-10', true],
      ['CONSTRUCTION_PERMIT', '2022-09-01', '2022-08-10', true],
      ['CONSTRUCTION_STARTED', '2022-09-01', '2022-08-10', true],
      ['STRUCTURE_TOPPED', '2023-05-01', null, false],
      ['ACCEPTED', '2023-11-01', null, false],
      ['PRODUCTION_STARTED', '2024-03-01', null, false],
      ['AT_CAPACITY', '2025-03-01', null, false],
    ]);
    expect(nodes.every((n) => n.baselineOn === n.plannedOn)).toBe(true);
  });

  it('settles a node by the first stage at or after it that was reached, from the project’s own nodes', () => {
    const dates = { signedOn: '2022-03-01', startedOn: '2022-08-10', acceptedOn: '2023-10-01' };
    const nodes = [
      { key: 'SIGNING', settledByStage: 'SIGNED' as const },
      { key: 'LAND_ACQUIRED', settledByStage: null },
      // A node of the project's own: done by hand only, and no gap in the chain.
      { key: null, settledByStage: null },
      { key: 'CONSTRUCTION_STARTED', settledByStage: 'UNDER_CONSTRUCTION' as const },
      { key: 'STRUCTURE_TOPPED', settledByStage: null },
      { key: 'ACCEPTED', settledByStage: 'ACCEPTED' as const },
      { key: 'AT_CAPACITY', settledByStage: 'AT_CAPACITY' as const },
    ];
    expect(settleDates(nodes, dates)).toEqual([
      '2022-03-01',
      '2022-08-10',
      null,
      '2022-08-10',
      '2023-10-01',
      '2023-10-01',
      null,
    ]);
    expect(settleDates(nodes, { signedOn: '2022-03-01' })).toEqual(['2022-03-01', null, null, null, null, null, null]);
    // The binding is the node's, not its key's: the same key bound to no stage waits for a later one.
    expect(settleDates([{ key: 'ACCEPTED', settledByStage: null }], dates)).toEqual([null]);
  });

  it('plans a 技改 project from its own template', () => {
    const template = defaultNodeTemplates.find((t) => t.kind === 'TECH_UPGRADE')?.nodes ?? [];
    const nodes = templateMilestones(template, '2022-03-01', { signedOn: '2022-03-01' });
    expect(nodes.map((n) => [n.key, n.plannedOn, n.actualOn, n.settledByStage])).toEqual([
      ['SIGNING', '2022-03-01', '2022-03-01', 'SIGNED'],
      ['PROJECT_FILED', '2022-04-01', null, null],
      ['ENV_ENERGY_APPROVED', '2022-05-01', null, null],
      ['CONSTRUCTION_STARTED', '2022-06-01', null, 'UNDER_CONSTRUCTION'],
      ['EQUIPMENT_INSTALLED', '2022-11-01', null, null],
      ['ACCEPTED', '2023-01-01', null, 'ACCEPTED'],
      ['PRODUCTION_STARTED', '2023-03-01', null, 'IN_PRODUCTION'],
      ['AT_CAPACITY', '2023-09-01', null, 'AT_CAPACITY'],
    ]);
  });
});
