import type { Database } from '@zdyq/db/client';
import { addMonths } from '@zdyq/db/lifecycle';
import { projects, users } from '@zdyq/db/schema';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { today } from '../../lib/dates.ts';
import type { Actor } from '../access/policy.ts';
import { notTerminatedSql } from '../project/project.rules.ts';
import { recordComplianceCheck, setAgreement } from './compliance.service.ts';

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Demo agreements and checks, made through the real services so verdicts, grades and history are
 * what the product itself computes: compliant, breached, rectifying, and some due for inspection.
 */
export async function seedDemoCompliance(db: Database): Promise<number> {
  const [inspector] = await db.select().from(users).where(eq(users.username, 'inspector'));
  if (!inspector) return 0;
  const actor: Actor = { ...inspector };
  const signed = await db
    .select()
    .from(projects)
    .where(and(isNotNull(projects.signedOn), notTerminatedSql(today()), isNotNull(projects.landArea)))
    .orderBy(asc(projects.signedOn), asc(projects.code));
  const now = today();
  let checks = 0;
  for (const [i, p] of signed.entries()) {
    if (i % 3 === 2 || !p.signedOn || !p.landArea) continue;
    const investment = Number(p.totalInvestment);
    const land = Number(p.landArea);
    await setAgreement({
      db,
      actor,
      projectId: p.id,
      input: {
        agreedInvestment: p.totalInvestment,
        investmentIntensity: String(Math.floor((investment * 10000 * 0.9) / land)),
        landArea: p.landArea,
        startDeadline: addMonths(p.signedOn, 6),
        completionDeadline: addMonths(p.signedOn, 22),
        productionDeadline: addMonths(p.signedOn, 26),
        capacityDeadline: addMonths(p.signedOn, 38),
        taxPerMu: i % 2 === 0 ? '31' : '20',
      },
    });
    // Projects in production are checked; the rest wait for their first inspection.
    if (!p.productionOn || i % 4 === 3) continue;
    const checkedOn = earlier(addMonths(p.productionOn, 8), now);
    const taxPerMu = [36, 22, 8, 3][i % 4] ?? 20;
    const late = i % 5 === 1;
    await recordComplianceCheck({
      db,
      actor,
      input: {
        projectId: p.id,
        checkedOn,
        period: String(Number(checkedOn.slice(0, 4)) - 1),
        actualInvestment: p.totalInvestment,
        annualOutput: String(Math.round(investment * 8000)),
        annualTax: String(Math.round(taxPerMu * land)),
        findings: taxPerMu >= 20 ? '按协议履约，亩均效益良好。' : '亩均税收低于协议约定，需限期整改。',
        action: taxPerMu < 20 && late ? 'RECTIFICATION_NOTICE' : 'NONE',
        rectifyBy: taxPerMu < 20 && late ? addMonths(now, 3) : null,
      },
    });
    checks++;
  }
  return checks;
}
