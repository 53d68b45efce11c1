import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import { monitoringSettings } from '@zdyq/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, authorize } from '../access/policy.ts';
import { diffFields, recordAudit } from '../audit/audit.service.ts';
import { parseInput } from '../validation.ts';
import { DEFAULT_REPORT_DUE_DAY } from './report.rules.ts';

export type MonitoringSettingsRow = typeof monitoringSettings.$inferSelect;

/** 月监测's settings as they stand (the migration writes the one row; the defaults stand in if it is missing). */
export async function getMonitoringSettings(db: DatabaseOrTransaction): Promise<MonitoringSettingsRow> {
  const [row] = await db.select().from(monitoringSettings).where(eq(monitoringSettings.id, 1));
  return row ?? { id: 1, reportDueDay: DEFAULT_REPORT_DUE_DAY, updatedAt: new Date(0), updatedById: null };
}

/** The day of the following month a month's report is due by (REPORT_DUE_DAY, SPEC 4.5). */
export async function reportDueDay(db: DatabaseOrTransaction): Promise<number> {
  return (await getMonitoringSettings(db)).reportDueDay;
}

const dueDayInput = z.object({
  day: z.number().int('须为整数').min(1, '至少为每月1日').max(28, '不能晚于每月28日'),
});

/** ADMIN sets the due day; audited with the day before and after. */
export async function setReportDueDay(args: {
  db: Database;
  actor: Actor;
  day: number;
  ip?: string | null;
  requestId?: string;
}): Promise<MonitoringSettingsRow> {
  authorize(args.actor, 'report.settings');
  const { day } = parseInput(dueDayInput, { day: args.day });
  return args.db.transaction(async (tx) => {
    const before = await getMonitoringSettings(tx);
    const set = { reportDueDay: day, updatedAt: new Date(), updatedById: args.actor.id };
    const [row] = await tx
      .insert(monitoringSettings)
      .values({ id: 1, ...set })
      .onConflictDoUpdate({ target: monitoringSettings.id, set })
      .returning();
    if (!row) throw new Error('monitoring settings upsert returned no row');
    await recordAudit(tx, {
      actor: args.actor,
      action: 'report.settings',
      entityType: 'settings',
      entityId: 'monitoring',
      changes: diffFields(before, row, ['reportDueDay']),
      ip: args.ip,
      requestId: args.requestId,
    });
    return row;
  });
}
