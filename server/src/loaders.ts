import type { DatabaseOrTransaction } from '@zdyq/db/client';
import DataLoader from 'dataloader';
import { type UnitRow, unitsByIds } from './modules/unit/unit.service.ts';
import { type UserRow, usersByIds } from './modules/user/user.service.ts';

/** Batches rows by id, keeping the order of the keys and null for missing ones. */
function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Per-request loaders, so nested fields cost one query per kind, not one per row. */
export function createLoaders(db: DatabaseOrTransaction) {
  return {
    unit: byId<UnitRow>((ids) => unitsByIds(db, ids)),
    user: byId<UserRow>((ids) => usersByIds(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
