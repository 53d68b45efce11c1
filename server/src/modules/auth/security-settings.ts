import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { securitySettings } from '@zdyq/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, authorize } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { parseInput } from '../validation.ts';

export type SecuritySettingsRow = typeof securitySettings.$inferSelect;

/** The policy as it stands (the migration writes its one row; the defaults stand in if it is missing). */
export async function getSecuritySettings(db: DatabaseOrTransaction): Promise<SecuritySettingsRow> {
  const [row] = await db.select().from(securitySettings).where(eq(securitySettings.id, 1));
  return (
    row ?? {
      id: 1,
      passwordMaxAgeDays: null,
      lockoutFailures: 5,
      lockoutMinutes: 15,
      updatedAt: new Date(0),
      updatedById: null,
    }
  );
}

const settingsInput = z.object({
  passwordMaxAgeDays: z.number().int('须为整数').min(1, '至少1天').max(3650, '不能超过3650天').nullable(),
  lockoutFailures: z.number().int('须为整数').min(3, '至少3次').max(20, '不能超过20次'),
  lockoutMinutes: z.number().int('须为整数').min(1, '至少1分钟').max(1440, '不能超过1440分钟'),
});

/** SECURITY_ADMIN sets the password and lockout policy; audited with the values before and after. */
export async function setSecuritySettings(args: {
  db: Database;
  actor: Actor;
  input: z.input<typeof settingsInput>;
  ip?: string | null;
  requestId?: string;
}): Promise<SecuritySettingsRow> {
  authorize(args.actor, 'security.manage');
  const input = parseInput(settingsInput, args.input);
  return args.db.transaction(async (tx) => {
    const before = await getSecuritySettings(tx);
    const [row] = await tx
      .insert(securitySettings)
      .values({ id: 1, ...input, updatedAt: new Date(), updatedById: args.actor.id })
      .onConflictDoUpdate({
        target: securitySettings.id,
        set: { ...input, updatedAt: new Date(), updatedById: args.actor.id },
      })
      .returning();
    if (!row) throw new Error('security settings upsert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'security.settings',
      entityType: 'settings',
      entityId: 'security',
      changes: diffFields(before, row, ['passwordMaxAgeDays', 'lockoutFailures', 'lockoutMinutes']),
      ip: args.ip,
      requestId: args.requestId,
    });
    return row;
  });
}
