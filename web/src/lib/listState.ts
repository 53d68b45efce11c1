import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How one piece of a list's state is written in the address. */
export type ParamKind = 'text' | 'list' | 'bool' | 'int';

type ValueOf<K extends ParamKind> = K extends 'text'
  ? string | undefined
  : K extends 'list'
    ? string[]
    : K extends 'bool'
      ? boolean | undefined
      : number | undefined;

export type ListState<S extends Record<string, ParamKind>> = { [K in keyof S]: ValueOf<S[K]> };

/** Reads a list's state from search parameters; a value of the wrong shape reads as unset. */
export function readListState<S extends Record<string, ParamKind>>(shape: S, params: URLSearchParams): ListState<S> {
  const state: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(shape)) {
    const raw = params.get(key);
    if (kind === 'list')
      state[key] = params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .filter(Boolean);
    else if (raw === null || raw === '') state[key] = undefined;
    else if (kind === 'bool') state[key] = raw === 'true' ? true : raw === 'false' ? false : undefined;
    else if (kind === 'int') state[key] = /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    else state[key] = raw;
  }
  return state as ListState<S>;
}

/** Writes the set values of a list's state as search parameters (lists comma-joined); unset ones are left out. */
export function writeListState<S extends Record<string, ParamKind>>(
  shape: S,
  state: Partial<ListState<S>>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(shape)) {
    const value = state[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params;
}

/**
 * A list's filters, sort and page kept in the address: Back, a reload and a shared link all show the
 * same rows. A change replaces the current history entry, so Back leaves the list rather than undoing a filter.
 */
export function useListState<S extends Record<string, ParamKind>>(
  shape: S,
): [ListState<S>, (change: Partial<ListState<S>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(shape, params), [shape, params]);
  // The change applies to the address as it is now: a handler kept from an earlier render (a table's
  // sorter, say) must not bring back the filters of that render.
  const update = useCallback(
    (change: Partial<ListState<S>>) => {
      const current = readListState(shape, new URLSearchParams(window.location.search));
      setParams(writeListState(shape, { ...current, ...change }), { replace: true });
    },
    [shape, setParams],
  );
  return [state, update];
}
