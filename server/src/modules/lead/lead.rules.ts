import { interactions } from '@zdyq/db/schema';
import { type LeadStatus, openLeadStatuses } from '@zdyq/db/values';
import { type SQL, sql } from 'drizzle-orm';

/** A lead still being followed: it may be edited, dropped or converted, and its talks recorded. */
export const isOpenLead = (status: LeadStatus) => (openLeadStatuses as readonly LeadStatus[]).includes(status);

const openList = sql.join(
  openLeadStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/** The open statuses in SQL, for a statement's `status IN (…)`. */
export const openLeadStatusSql = (status: SQL | string) =>
  sql`${typeof status === 'string' ? sql.raw(status) : status} IN (${openList})`;

/**
 * A follow-up still owed (SPEC 3.1): a talk with a follow-up date and no later talk on the same lead
 * or project since, whose lead, if it is only a lead, is still open. `talk` names the statement's
 * interactions row. Due once within DUE_SOON_DAYS of the date, overdue the day after it.
 */
export const followUpOwedSql = (talk: string) => {
  const t = sql.raw(talk);
  return sql`${t}.follow_up_on IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM ${interactions} later WHERE later.id <> ${t}.id
      AND (later.lead_id = ${t}.lead_id OR later.project_id = ${t}.project_id)
      AND (later.on, later.created_at) > (${t}.on, ${t}.created_at))
    AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.id = ${t}.lead_id AND l.project_id IS NULL
      AND NOT ${openLeadStatusSql('l.status')})`;
};
