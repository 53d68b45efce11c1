import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { projects, units, users } from '@zdyq/db/schema';
import { eq } from 'drizzle-orm';

export const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** The name of a unit, an account or a project by its id; null for an id of none of them. */
export type NameOf = (id: string) => Promise<string | null>;

/**
 * A recorded value in words, as the rest of the audit page reads: an id as the name of its unit,
 * account or project; a map keyed by ids (指标分解's quotas) as "name value"; a list joined with 、.
 * An id no longer found stays as it was recorded.
 */
export async function inWords(value: unknown, nameOf: NameOf): Promise<string | null> {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (isUuid(value)) return (await nameOf(value)) ?? value;
  if (Array.isArray(value)) {
    const items = await Promise.all(value.map((v) => inWords(v, nameOf)));
    return items.length ? items.map((v) => v ?? '—').join('、') : null;
  }
  if (typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(
        async ([key, v]) => `${isUuid(key) ? ((await nameOf(key)) ?? key) : key} ${(await inWords(v, nameOf)) ?? '—'}`,
      ),
    );
    return entries.length ? entries.join('、') : null;
  }
  return String(value);
}

/** Names looked up in the database, each id once: for a workbook of many entries. */
export function namesIn(db: DatabaseOrTransaction): NameOf {
  const known = new Map<string, Promise<string | null>>();
  const look = async (id: string): Promise<string | null> => {
    const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, id));
    if (unit) return unit.name;
    const [user] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
    if (user) return user.name;
    const [project] = await db
      .select({ code: projects.code, name: projects.name })
      .from(projects)
      .where(eq(projects.id, id));
    return project ? `${project.code} ${project.name}` : null;
  };
  return (id) => {
    let name = known.get(id);
    if (!name) {
      name = look(id);
      known.set(id, name);
    }
    return name;
  };
}
