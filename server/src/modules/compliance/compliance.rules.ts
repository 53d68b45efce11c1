import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { badInput } from '../../errors.ts';
import { compareDecimal, Dec, Ratio } from '../../lib/decimal.ts';
import { OUTER_PROJECT_ID } from '../../lib/sql.ts';
import { notTerminatedSql } from '../project/project.rules.ts';

export type ComplianceStatus = 'NONE' | 'COMPLIANT' | 'NON_COMPLIANT' | 'RECTIFYING';
export type Verdict = 'MET' | 'NOT_MET' | 'NOT_DUE';
export type ClauseVerdict = { clause: string; verdict: Verdict; expected: string | null; actual: string | null };

/** The clauses of an agreement (SPEC 6); amounts as decimal strings, deadlines as dates. */
export type Agreement = {
  agreedInvestment: string | null;
  investmentIntensity: string | null;
  landArea: string | null;
  plotRatio: string | null;
  startDeadline: string | null;
  completionDeadline: string | null;
  productionDeadline: string | null;
  capacityDeadline: string | null;
  annualOutput: string | null;
  taxPerMu: string | null;
};

export type Measured = {
  checkedOn: string;
  actualInvestment: string | null;
  annualOutput: string | null;
  annualTax: string | null;
  plotRatio: string | null;
};

export type StageDates = {
  startedOn: string | null;
  acceptedOn: string | null;
  productionOn: string | null;
  capacityOn: string | null;
};

/** 亩均 grade thresholds (万元/亩/年, exact decimals); ADMIN keeps them in mu_grade_thresholds. */
export type GradeThreshold = { grade: string; minTaxPerMu: string };

const deadlines = [
  ['START_DEADLINE', 'startDeadline', 'startedOn'],
  ['COMPLETION_DEADLINE', 'completionDeadline', 'acceptedOn'],
  ['PRODUCTION_DEADLINE', 'productionDeadline', 'productionOn'],
  ['CAPACITY_DEADLINE', 'capacityDeadline', 'capacityOn'],
] as const;

/** The measured clauses: the agreed value, the check's field that measures it, and the deadline it falls due with. */
const measuredClauses = [
  ['INVESTMENT', 'agreedInvestment', 'actualInvestment', 'completionDeadline'],
  ['INVESTMENT_INTENSITY', 'investmentIntensity', 'actualInvestment', 'completionDeadline'],
  ['PLOT_RATIO', 'plotRatio', 'plotRatio', 'completionDeadline'],
  ['ANNUAL_OUTPUT', 'annualOutput', 'annualOutput', 'capacityDeadline'],
  ['TAX_PER_MU', 'taxPerMu', 'annualTax', 'capacityDeadline'],
] as const;
type MeasuredClause = (typeof measuredClauses)[number][0];

/** The check's fields a check on a day must fill: those measuring a clause agreed and due by then. */
export function measurementsDue(agreement: Agreement, on: string): Array<keyof Omit<Measured, 'checkedOn'>> {
  const due = measuredClauses.filter(([, agreed, , deadline]) => {
    const by = agreement[deadline];
    return agreement[agreed] !== null && (by === null || by <= on);
  });
  return [...new Set(due.map(([, , field]) => field))];
}

/**
 * The grade of a tax per mu: the first threshold, from the highest, that the exact value reaches
 * (30.9957… is B against an A of 31; 4.99998 is D against a C of 5).
 */
export function gradeOf(taxPerMu: Ratio | string, thresholds: readonly GradeThreshold[]): string | null {
  const sorted = [...thresholds].sort((a, b) => compareDecimal(b.minTaxPerMu, a.minTaxPerMu));
  const reaches = (min: string) =>
    typeof taxPerMu === 'string' ? compareDecimal(taxPerMu, min) >= 0 : taxPerMu.atLeast(min);
  return sorted.find((t) => reaches(t.minTaxPerMu))?.grade ?? sorted.at(-1)?.grade ?? null;
}

/**
 * Each clause's verdict for a check (SPEC 6). A deadline is met when its stage was reached on or
 * before it, not due while the day of the check has not reached it; the measured clauses fall due
 * with the deadline they belong to (investment, intensity and plot ratio at completion, output and
 * tax at capacity) or at once when the agreement has no such deadline. A due measured clause needs
 * its measurement: without one it is BAD_USER_INPUT naming the field, never a silent pass.
 */
export function clauseVerdicts(
  agreement: Agreement,
  check: Measured,
  stages: StageDates,
  landArea: string | null,
): { clauses: ClauseVerdict[]; taxPerMu: Ratio | null; investmentIntensity: Ratio | null } {
  const clauses: ClauseVerdict[] = [];
  const on = check.checkedOn;
  for (const [clause, field, stage] of deadlines) {
    const deadline = agreement[field];
    if (!deadline) continue;
    const reached = stages[stage];
    const verdict: Verdict =
      reached !== null && reached <= deadline && reached <= on ? 'MET' : deadline > on ? 'NOT_DUE' : 'NOT_MET';
    clauses.push({ clause, verdict, expected: deadline, actual: reached && reached <= on ? reached : null });
  }

  const dueBy = (deadline: string | null) => deadline === null || deadline <= on;
  const area = landArea !== null && compareDecimal(landArea, '0') > 0 ? landArea : null;
  /** A measured clause: met when the exact actual value reaches the agreed one. */
  const measured = (
    clause: string,
    expected: string | null,
    actual: Ratio | null,
    required: { field: string; present: boolean },
    deadline: string | null,
  ) => {
    if (expected === null) return;
    if (!dueBy(deadline)) {
      clauses.push({ clause, verdict: 'NOT_DUE', expected, actual: actual?.toFixed() ?? null });
      return;
    }
    if (!required.present || actual === null) throw badInput(required.field, '该条款已到考核期，请填写实测值');
    clauses.push({ clause, verdict: actual.atLeast(expected) ? 'MET' : 'NOT_MET', expected, actual: actual.toFixed() });
  };
  const needsArea = (expected: string | null) => {
    if (expected !== null && area === null)
      throw badInput('landArea', '协议或项目的用地面积缺失或为0，无法计算亩均指标');
  };
  const value = (v: string | null) => (v === null ? null : Ratio.of(v, '1'));

  // 投资强度 = 实际投资（亿元）× 10000 ÷ 用地（亩）；亩均税收 = 年税收（万元）÷ 用地（亩）: kept as exact quotients.
  const intensity =
    check.actualInvestment !== null && area !== null
      ? Ratio.of(new Dec(check.actualInvestment).times(10_000), area)
      : null;
  const tax = check.annualTax !== null && area !== null ? Ratio.of(check.annualTax, area) : null;

  const actuals: Record<MeasuredClause, Ratio | null> = {
    INVESTMENT: value(check.actualInvestment),
    INVESTMENT_INTENSITY: intensity,
    PLOT_RATIO: value(check.plotRatio),
    ANNUAL_OUTPUT: value(check.annualOutput),
    TAX_PER_MU: tax,
  };
  for (const [clause, agreed, field, deadline] of measuredClauses) {
    // The 亩均 clauses need the land area once they fall due.
    if ((clause === 'INVESTMENT_INTENSITY' || clause === 'TAX_PER_MU') && dueBy(agreement[deadline])) {
      needsArea(agreement[agreed]);
    }
    measured(
      clause,
      agreement[agreed],
      actuals[clause],
      { field, present: check[field] !== null },
      agreement[deadline],
    );
  }

  return { clauses, taxPerMu: tax, investmentIntensity: intensity };
}

export const resultOf = (clauses: readonly ClauseVerdict[]) =>
  clauses.every((c) => c.verdict !== 'NOT_MET') ? ('COMPLIANT' as const) : ('NON_COMPLIANT' as const);

/**
 * The check in force for a project on a day (SPEC 6): the latest checked on or before that day that
 * no correction made by then supersedes. A lateral subquery giving one row `c`, for
 * `JOIN LATERAL (...) c ON true`; `projectId` names the project.
 */
export function checkInForceSql(asOf: string, projectId: SQL | AnyColumn = OUTER_PROJECT_ID): SQL {
  return sql`(SELECT c.* FROM compliance_checks c
    WHERE c.project_id = ${projectId} AND c.checked_on <= ${asOf}::date
      AND NOT EXISTS (SELECT 1 FROM compliance_checks s WHERE s.supersedes_id = c.id AND s.checked_on <= ${asOf}::date)
    ORDER BY c.checked_on DESC, c.created_at DESC
    LIMIT 1)`;
}

/** The check `alias` orders an action to be done by a date (整改期限). */
export const asksRectificationSql = (alias = 'c') =>
  sql<boolean>`(${sql.raw(alias)}.action <> 'NONE' AND ${sql.raw(alias)}.rectify_by IS NOT NULL)`;

/**
 * The 亩均 grade (Project.muGrade) of the outer `projects` row: its latest check's, latest by the day
 * checked and then by when it was recorded, as the project's checks are listed.
 */
export const latestGradeSql = sql<string | null>`(SELECT c.grade FROM compliance_checks c
  WHERE c.project_id = ${OUTER_PROJECT_ID} ORDER BY c.checked_on DESC, c.created_at DESC LIMIT 1)`;

/**
 * The outer `projects` row's compliance status as of a day (SPEC 6): from the check in force; an
 * action with a rectify-by date still ahead makes it RECTIFYING; no check is NONE.
 */
export function complianceStatusSql(asOf: string): SQL<ComplianceStatus> {
  return sql<ComplianceStatus>`coalesce((
    SELECT CASE WHEN ${asksRectificationSql('c')} AND c.rectify_by > ${asOf}::date THEN 'RECTIFYING' ELSE c.result::text END
    FROM ${checkInForceSql(asOf)} c), 'NONE')`;
}

/**
 * Due for inspection as of a day: the outer `projects` row has an agreement, is not terminated, and
 * has had no check in the last 12 months, or has a deadline that passed since its last check.
 */
export function inspectionDueSql(asOf: string): SQL<boolean> {
  const last = sql`(SELECT max(c.checked_on) FROM compliance_checks c WHERE c.project_id = ${OUTER_PROJECT_ID} AND c.checked_on <= ${asOf}::date)`;
  return sql<boolean>`(${notTerminatedSql(asOf)} AND EXISTS (
    SELECT 1 FROM compliance_agreements a WHERE a.project_id = ${OUTER_PROJECT_ID} AND (
      ${last} IS NULL OR ${last} <= ${asOf}::date - interval '12 months'
      OR EXISTS (SELECT 1 FROM unnest(ARRAY[a.start_deadline, a.completion_deadline, a.production_deadline, a.capacity_deadline]) AS d
        WHERE d > ${last} AND d <= ${asOf}::date))))`;
}
