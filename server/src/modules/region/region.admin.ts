import type { Database } from '@zdyq/db/client';
import { regions, units } from '@zdyq/db/schema';
import { writingIn } from '@zdyq/db/scope';
import { referenceUnits, seedRegionReference } from '@zdyq/db/seed';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badInput } from '../../errors.ts';
import { type Actor, authorize } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkNewPassword } from '../auth/password.ts';
import { insertAccount, userFields } from '../user/user.service.ts';
import { parseInput, requiredText } from '../validation.ts';
import { type RegionRow, regionView } from './region.service.ts';

const regionInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,4}$/, '地区代码为2–4位大写字母，如 KQ'),
  name: requiredText('地区名称', 30),
  admin: z.object({
    username: userFields.username,
    displayName: userFields.displayName,
    password: z.string(),
  }),
});

/**
 * ADMIN of a city (SPEC 2.1): a district below it, with the departments every district has, the plan's
 * first periods and the reference weights, and its first ADMIN, who must replace the password at first
 * sign-in as the founding administrators do. Security and audit stay with the city's administrators,
 * who read every district below it. Audited in the city.
 */
export async function addRegion(args: {
  db: Database;
  actor: Actor;
  input: { code: string; name: string; admin: { username: string; displayName: string; password: string } };
  ip?: string | null;
  requestId?: string;
}): Promise<RegionRow> {
  authorize(args.actor, 'region.manage');
  const own = (await regionView(args.db, args.actor, null)).region;
  if (own.level === 'DISTRICT') throw new AppError('FORBIDDEN', '只有市级系统管理员可以添加区县');
  const input = parseInput(regionInput, args.input);
  const passwordHash = await checkNewPassword(args.db, {
    userId: null,
    username: input.admin.username,
    password: input.admin.password,
    field: 'admin.password',
  });
  return args.db.transaction(async (tx) => {
    const [clash] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.code, input.code));
    if (clash) throw badInput('code', `地区代码${input.code}已被使用`);
    const [region] = await tx
      .insert(regions)
      .values({
        code: input.code,
        name: input.name,
        level: own.level === 'PROVINCE' ? 'CITY' : 'DISTRICT',
        parentId: own.id,
      })
      .returning();
    if (!region) throw new Error('region insert returned no row');
    // The request reads the regions below its own: the one it has just added too.
    await tx.execute(sql`SELECT set_config('zdyq.regions', (zdyq_regions() || ${region.id}::int)::text, true)`);
    await writingIn(tx, region.id, async () => {
      await tx
        .insert(units)
        .values(
          referenceUnits
            .filter((u) => u.kind === 'DEPARTMENT')
            .map((u, sortOrder) => ({ name: u.name, kind: u.kind, sortOrder })),
        );
      await seedRegionReference(tx, region.id, { periods: (t) => t.targetValue });
      await insertAccount(
        tx,
        { ...input.admin, role: 'ADMIN', unitId: null, passwordHash },
        { actor: args.actor, ip: args.ip, requestId: args.requestId },
      ).catch((error: unknown) => {
        // The account's fields are named as the input names them.
        if (error instanceof AppError && error.details.field === 'username') {
          throw badInput('admin.username', error.message);
        }
        throw error;
      });
    });
    await recordAudit(tx, {
      actor: args.actor,
      action: 'region.add',
      entityType: 'region',
      entityId: String(region.id),
      changes: { code: { from: null, to: region.code }, name: { from: null, to: region.name } },
      note: `${region.name}（${region.code}）`,
      ip: args.ip,
      requestId: args.requestId,
    });
    return region;
  });
}
