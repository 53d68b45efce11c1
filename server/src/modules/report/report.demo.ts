import type { Database } from '@zdyq/db/client';
import { projects, users } from '@zdyq/db/schema';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { monthEnd, today } from '../../lib/dates.ts';
import type { Actor } from '../access/policy.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { submitMonthlyReport } from './report.service.ts';

/** The months before `month`, newest last. */
function monthsBefore(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * Demo monthly reports for the last six months, filed through the service: most projects report
 * every month, a few copy last month's figures, and some have not yet reported last month.
 */
export async function seedDemoReports(db: Database): Promise<number> {
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  if (!admin) return 0;
  const actor: Actor = { ...admin };
  const building = await db
    .select()
    .from(projects)
    .where(and(isNotNull(projects.startedOn), notTerminatedSql(today())))
    .orderBy(asc(projects.code));
  const months = monthsBefore(today().slice(0, 7), 6);
  let filed = 0;
  for (const [i, p] of building.entries()) {
    let previous: { investment: string; note: string } | null = null;
    for (const [k, month] of months.entries()) {
      if (!p.startedOn || p.startedOn > monthEnd(month)) continue;
      const last = k === months.length - 1;
      if (last && i % 4 === 0) continue;
      const copy: boolean = previous !== null && i % 7 === 3 && last;
      const investment: string =
        copy && previous
          ? previous.investment
          : (Number(p.totalInvestment) * (0.01 + ((i + k) % 5) * 0.006)).toFixed(2);
      const note: string =
        copy && previous
          ? previous.note
          : (['主体结构施工', '设备采购安装', '厂房装修', '配套工程施工', '设备调试'][(i + k) % 5] ?? '');
      await submitMonthlyReport({ db, actor, projectId: p.id, month, investment, note });
      previous = { investment, note };
      filed++;
    }
  }
  return filed;
}
