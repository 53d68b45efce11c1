import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { unitOptions } from './unitOptions';

const t = ((key: string) => key) as unknown as TFunction;

describe('unit options', () => {
  it('group units by kind, departments first, leaving out empty groups', () => {
    const groups = unitOptions(
      [
        { id: '1', name: '崧厦街道', kind: 'TOWNSHIP' },
        { id: '2', name: '发改局', kind: 'DEPARTMENT' },
        { id: '3', name: '经信局', kind: 'DEPARTMENT' },
      ],
      t,
    );
    expect(groups).toEqual([
      {
        label: 'unitKind.DEPARTMENT',
        title: 'unitKind.DEPARTMENT',
        options: [
          { value: '2', label: '发改局' },
          { value: '3', label: '经信局' },
        ],
      },
      { label: 'unitKind.TOWNSHIP', title: 'unitKind.TOWNSHIP', options: [{ value: '1', label: '崧厦街道' }] },
    ]);
  });

  it('stay a plain list when kinds are not known', () => {
    expect(unitOptions([{ id: '1', name: '发改局' }], t)).toEqual([{ value: '1', label: '发改局' }]);
  });
});
