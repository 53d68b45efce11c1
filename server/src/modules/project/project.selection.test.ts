import { describe, expect, it } from 'vitest';
import { projectSelection, projectSelectionFor } from './project.service.ts';

describe('the columns a page of projects reads', () => {
  const keys = (fields?: string[]) => Object.keys(projectSelectionFor(fields && new Set(fields))).sort();

  it('reads the columns of the fields asked for, and those the fields resolved from others need', () => {
    expect(keys(['code', 'name', 'leadUnit', 'serviceOfficer', 'light'])).toEqual(
      ['code', 'id', 'leadUnitId', 'name', 'regionId', 'serviceOfficerId'].sort(),
    );
    // What is derived in SQL only when asked for.
    expect(keys(['code'])).not.toContain('countsTowardTarget');
    expect(keys(['code', 'countsTowardTarget'])).toContain('countsTowardTarget');
  });

  it('reads every column for a field it does not know, and without fields', () => {
    const all = Object.keys(projectSelection()).sort();
    expect(keys(['code', 'investorRecord'])).toEqual(all);
    expect(keys()).toEqual(all);
  });
});
