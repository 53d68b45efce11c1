import { describe, expect, it } from 'vitest';
import { readListState, writeListState } from './listState';

const shape = { search: 'text', stage: 'list', manufacturing: 'bool', page: 'int' } as const;

describe('list state in the address', () => {
  it('reads back what it wrote', () => {
    const state = { search: '新能源 电池', stage: ['SIGNED', 'STARTED'], manufacturing: false, page: 3 };
    const params = writeListState(shape, state);
    expect(params.toString()).toBe(
      'search=%E6%96%B0%E8%83%BD%E6%BA%90+%E7%94%B5%E6%B1%A0&stage=SIGNED%2CSTARTED&manufacturing=false&page=3',
    );
    expect(readListState(shape, params)).toEqual(state);
  });

  it('leaves unset values out and reads values of the wrong shape as unset', () => {
    expect(writeListState(shape, { search: '', stage: [], page: undefined }).toString()).toBe('');
    expect(readListState(shape, new URLSearchParams('page=-1&manufacturing=maybe&stage=A&stage=B,C'))).toEqual({
      search: undefined,
      stage: ['A', 'B', 'C'],
      manufacturing: undefined,
      page: undefined,
    });
  });
});
