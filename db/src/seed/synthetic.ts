import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../client.ts';
import { milestoneTemplate } from '../lifecycle.ts';
import { foundingRegions } from '../scope.ts';
import { escalationLevels, industries, problemCategories, problemStatuses, projectSources } from '../values.ts';

/** A list of values as an SQL text array, for picking one by a row's number. */
const textArray = (list: readonly string[]) =>
  sql`ARRAY[${sql.join(
    list.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * Many projects at once, for load tests and the benchmark: set-based SQL, so 20,000 projects take
 * seconds. The spread follows a district's: about 2% at 50亿 or more, a quarter 10–50亿, half 1–10亿;
 * a quarter in negotiation, the rest signed over three years and spread along the lifecycle; every
 * signed project with the standard nodes of SPEC 4.2 (those its stage reached done), some late.
 * Codes are `prefix-000001` …, so they never meet the real `SY-` sequence.
 */
export async function seedSyntheticProjects(
  db: DatabaseOrTransaction,
  args: { count: number; prefix?: string; today?: string; withHistory?: boolean; regionId?: number },
): Promise<number> {
  const prefix = args.prefix ?? 'SYN';
  // A district's projects, led by its own units (上虞区 unless said).
  const region = args.regionId ?? foundingRegions.SY;
  const today = args.today ?? new Date().toISOString().slice(0, 10);
  await db.execute(sql`
    INSERT INTO projects (region_id, code, name, investor, industry, source, is_manufacturing, is_foreign, is_chain_project,
      total_investment, land_area, lead_unit_id, platform_id, responsible_leader, stage,
      signed_on, started_on, accepted_on, production_on, created_at)
    SELECT ${region}::int, ${prefix} || '-' || lpad(g.i::text, 6, '0'), '合成项目' || g.i, '合成投资有限公司' || (g.i % 700),
      (${textArray(industries)})[1 + g.i % 8]::industry,
      -- NEW twice as often as each other source.
      (${textArray([projectSources[0], ...projectSources])})[1 + g.i % 4]::project_source,
      g.i % 6 <> 0, g.i % 17 = 0, g.i % 5 = 0,
      g.amount, round((20 + (g.i % 480))::numeric, 2),
      (SELECT id FROM units WHERE region_id = ${region} ORDER BY sort_order, name
        OFFSET (g.i % (SELECT count(*) FROM units WHERE region_id = ${region})) LIMIT 1),
      (SELECT id FROM units WHERE region_id = ${region} AND kind <> 'DEPARTMENT' ORDER BY sort_order, name
        OFFSET (g.i % (SELECT count(*) FROM units WHERE region_id = ${region} AND kind <> 'DEPARTMENT')) LIMIT 1),
      CASE WHEN g.amount >= 50 THEN '副区长' END,
      (CASE WHEN g.step = 0 THEN 'NEGOTIATING' WHEN g.step = 1 THEN 'SIGNED' WHEN g.step = 2 THEN 'UNDER_CONSTRUCTION'
        WHEN g.step = 3 THEN 'ACCEPTED' ELSE 'IN_PRODUCTION' END)::stage,
      CASE WHEN g.step >= 1 THEN g.signed END,
      CASE WHEN g.step >= 2 THEN least(g.signed + 200, ${today}::date) END,
      CASE WHEN g.step >= 3 THEN least(g.signed + 620, ${today}::date) END,
      CASE WHEN g.step >= 4 THEN least(g.signed + 740, ${today}::date) END,
      coalesce(g.signed::timestamptz, ${today}::date - (g.i % 400)) - interval '30 days'
    FROM (
      SELECT i,
        CASE WHEN i % 50 = 0 THEN round((50 + (i % 97))::numeric, 4)
          WHEN i % 4 = 1 THEN round((10 + (i % 400) * 0.1)::numeric, 4)
          WHEN i % 4 = 2 OR i % 4 = 3 THEN round((1 + (i % 900) * 0.01)::numeric, 4)
          ELSE round((0.1 + (i % 90) * 0.01)::numeric, 4) END AS amount,
        CASE WHEN (i / 3) % 4 = 0 THEN 0 ELSE 1 + ((i / 5) % 7) % 4 END AS step,
        ${today}::date - 60 - (i * 7919 % 1100) AS signed
      FROM generate_series(1, ${args.count}) AS i
    ) AS g`);
  // Rows below look their project up (their region, by trigger): with the new projects unknown to the
  // planner, each lookup would scan them all.
  await db.execute(sql`ANALYZE projects`);
  const template = milestoneTemplate.map(
    (n, i) => sql`(${n.key}::text, ${n.name}::text, ${i * 10}::int, ${n.months}::int, ${n.stage}::text)`,
  );
  await db.execute(sql`
    INSERT INTO milestones (project_id, key, name, sort_order, planned_on, baseline_on, settled_by_stage, actual_on)
    SELECT p.id, t.key, t.name, t.sort_order,
      (p.signed_on + make_interval(months => t.months))::date,
      (p.signed_on + make_interval(months => t.months))::date,
      t.stage::stage,
      CASE
        WHEN t.stage = 'SIGNED' THEN p.signed_on
        WHEN t.stage = 'UNDER_CONSTRUCTION' THEN p.started_on
        WHEN t.stage = 'ACCEPTED' THEN p.accepted_on
        WHEN t.stage = 'IN_PRODUCTION' THEN p.production_on
        WHEN t.stage IS NULL AND p.started_on IS NOT NULL THEN (p.signed_on + make_interval(months => t.months))::date
          + (hashtext(p.code || t.key) % 3) * 20
      END
    FROM projects p CROSS JOIN (VALUES ${sql.join(template, sql`, `)}) AS t(key, name, sort_order, months, stage)
    WHERE p.code LIKE ${`${prefix}-%`} AND p.signed_on IS NOT NULL`);
  if (args.withHistory) await seedSyntheticHistory(db, prefix, today, args.count);
  await db.execute(sql`ANALYZE`);
  return args.count;
}

/**
 * What years of use leave around the projects: a problem for every other signed project (some
 * overdue, some escalated, some closed), an agreement and a check for a third of those under
 * construction or later, 24 months of reports for every project built, and audit rows.
 */
async function seedSyntheticHistory(db: DatabaseOrTransaction, prefix: string, today: string, count: number) {
  const ours = sql`p.code LIKE ${`${prefix}-%`}`;
  await db.execute(sql`
    INSERT INTO problems (project_id, title, category, lead_unit_id, status, level, due_on, created_at)
    SELECT p.id, '合成问题' || p.code,
      (${textArray(problemCategories)})[1 + abs(hashtext(p.code)) % 7]::problem_category,
      p.lead_unit_id,
      (${textArray(problemStatuses)})[1 + abs(hashtext(p.code || 's')) % 4]::problem_status,
      -- UNIT twice as often as each level above it.
      (${textArray([escalationLevels[0], ...escalationLevels])})[1 + abs(hashtext(p.code || 'l')) % 4]::escalation_level,
      ${today}::date - 90 + abs(hashtext(p.code || 'd')) % 150,
      p.signed_on::timestamptz + interval '20 days'
    FROM projects p WHERE ${ours} AND p.signed_on IS NOT NULL AND abs(hashtext(p.code)) % 2 = 0`);
  await db.execute(sql`ANALYZE problems`);
  await db.execute(sql`
    INSERT INTO compliance_agreements (project_id, agreed_investment, investment_intensity, land_area, start_deadline,
      completion_deadline, capacity_deadline, tax_per_mu)
    SELECT p.id, round(p.total_investment * 0.8, 4), 300, p.land_area, p.signed_on + 180, p.signed_on + 720,
      p.signed_on + 1100, 31
    FROM projects p WHERE ${ours} AND p.started_on IS NOT NULL AND abs(hashtext(p.code || 'a')) % 3 = 0`);
  await db.execute(sql`ANALYZE compliance_agreements`);
  await db.execute(sql`
    INSERT INTO compliance_checks (project_id, checked_on, period, actual_investment, annual_tax, result, clauses,
      tax_per_mu, investment_intensity, grade, action, rectify_by)
    SELECT a.project_id, least(${today}::date, a.start_deadline + 400), '上年度', a.agreed_investment,
      a.land_area * (5 + abs(hashtext(p.code)) % 40),
      CASE WHEN abs(hashtext(p.code)) % 40 >= 26 THEN 'COMPLIANT' ELSE 'NON_COMPLIANT' END::compliance_result, '[]'::jsonb,
      5 + abs(hashtext(p.code)) % 40, 300,
      CASE WHEN abs(hashtext(p.code)) % 40 >= 26 THEN 'A' WHEN abs(hashtext(p.code)) % 40 >= 10 THEN 'B' ELSE 'C' END,
      CASE WHEN abs(hashtext(p.code)) % 5 = 0 THEN 'RECTIFICATION_NOTICE' ELSE 'NONE' END::compliance_action,
      CASE WHEN abs(hashtext(p.code)) % 5 = 0 THEN ${today}::date + 30 END
    FROM compliance_agreements a JOIN projects p ON p.id = a.project_id WHERE ${ours}`);
  await db.execute(sql`
    INSERT INTO monthly_reports (project_id, month, investment, note)
    SELECT p.id, to_char(m, 'YYYY-MM'), round(p.total_investment / 36, 4), '按计划推进'
    FROM projects p CROSS JOIN generate_series(date_trunc('month', ${today}::date) - interval '24 months',
      date_trunc('month', ${today}::date) - interval '1 month', interval '1 month') AS m
    WHERE ${ours} AND p.started_on IS NOT NULL AND p.started_on <= m::date`);
  // The audit chain moves its one head row for every row written, and a statement rereads every
  // version of it it wrote: in statements of a few hundred projects that stays linear.
  for (let from = 1; from <= count; from += AUDIT_CHUNK) {
    await db.execute(sql`
      INSERT INTO audit_log (action, entity_type, entity_id, project_id, changes, at)
      SELECT (ARRAY['project.create','project.update','project.advanceStage','milestone.update','problem.raise'])[k],
        'project', p.id::text, p.id, '{}'::jsonb, p.created_at + k * interval '9 days'
      FROM projects p CROSS JOIN generate_series(1, 5) AS k
      WHERE ${ours} AND right(p.code, 6)::int BETWEEN ${from} AND ${from + AUDIT_CHUNK - 1}`);
  }
}

/** Projects whose audit rows one statement writes. */
const AUDIT_CHUNK = 400;
