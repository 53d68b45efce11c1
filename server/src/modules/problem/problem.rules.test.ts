import { describe, expect, it } from 'vitest';
import { allowedActions, nextLevel } from './problem.rules.ts';

const lead = 'lead-unit';
const co = 'co-unit';
const problem = { status: 'OPEN' as const, level: 'UNIT' as const, leadUnitId: lead, raisedById: 'raiser' };

describe('problem rules', () => {
  it('let the lead and co-units work a problem, and nobody else; the lead unit may ask for more time', () => {
    expect(allowedActions({ id: 'x', role: 'PROMOTER', unitId: lead }, problem, [co])).toEqual([
      'START',
      'EXTEND',
      'NOTE',
    ]);
    expect(allowedActions({ id: 'y', role: 'INSPECTOR', unitId: co }, problem, [co])).toEqual(['START', 'NOTE']);
    expect(allowedActions({ id: 'z', role: 'PROMOTER', unitId: 'other' }, problem, [co])).toEqual([]);
  });

  it('let only the raiser (or ADMIN) close a resolved problem; workers may reopen it', () => {
    const resolved = { ...problem, status: 'RESOLVED' as const };
    expect(allowedActions({ id: 'raiser', role: 'PROMOTER', unitId: 'elsewhere' }, resolved, [])).toEqual([
      'CLOSE',
      'NOTE',
    ]);
    expect(allowedActions({ id: 'w', role: 'PROMOTER', unitId: lead }, resolved, [])).toEqual(['REOPEN', 'NOTE']);
    expect(allowedActions({ id: 'a', role: 'ADMIN', unitId: null }, resolved, [])).toEqual(['REOPEN', 'CLOSE', 'NOTE']);
  });

  it('let leaders instruct, escalate open problems up to a meeting and hand them to another unit', () => {
    expect(allowedActions({ id: 'l', role: 'LEADER', unitId: null }, problem, [])).toEqual([
      'ESCALATE',
      'HAND_OVER',
      'INSTRUCT',
    ]);
    const meeting = { ...problem, status: 'IN_PROGRESS' as const, level: 'MEETING' as const };
    expect(allowedActions({ id: 'l', role: 'LEADER', unitId: null }, meeting, [])).toEqual(['HAND_OVER', 'INSTRUCT']);
    // The raiser grants more time; only ADMIN does everything.
    expect(allowedActions({ id: 'raiser', role: 'PROMOTER', unitId: 'elsewhere' }, problem, [])).toEqual([
      'EXTEND',
      'NOTE',
    ]);
    expect(allowedActions({ id: 'a', role: 'ADMIN', unitId: null }, problem, [])).toEqual([
      'START',
      'ESCALATE',
      'EXTEND',
      'HAND_OVER',
      'NOTE',
    ]);
    expect(nextLevel('UNIT')).toBe('LEADER');
    expect(nextLevel('MEETING')).toBeNull();
  });

  it('leave a closed problem closed', () => {
    const closed = { ...problem, status: 'CLOSED' as const };
    expect(allowedActions({ id: 'a', role: 'ADMIN', unitId: null }, closed, [])).toEqual([]);
    expect(allowedActions({ id: 'l', role: 'LEADER', unitId: null }, closed, [])).toEqual([]);
  });
});
