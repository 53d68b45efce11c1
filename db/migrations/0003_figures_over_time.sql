CREATE TABLE "race_publications" (
	"quarter" text PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"weights" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "race_rows" (
	"quarter" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"new_major10_signings" integer NOT NULL,
	"major50_signings" integer NOT NULL,
	"landing_rate" numeric(8, 4),
	"nodes_on_time_percent" numeric(8, 4),
	"overdue_problems" integer NOT NULL,
	"reports_on_time_percent" numeric(8, 4),
	"score" numeric(8, 4) NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "race_rows_quarter_unit_id_pk" PRIMARY KEY("quarter","unit_id")
);
--> statement-breakpoint
CREATE TABLE "target_periods" (
	"code" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"target_value" numeric(12, 4) NOT NULL,
	"baseline" numeric(12, 4),
	"baseline_year" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_periods_code_period_start_pk" PRIMARY KEY("code","period_start"),
	CONSTRAINT "target_periods_ordered" CHECK ("target_periods"."period_start" <= "target_periods"."period_end"),
	CONSTRAINT "target_periods_value_positive" CHECK ("target_periods"."target_value" > 0)
);
--> statement-breakpoint
CREATE TABLE "target_quotas" (
	"code" text NOT NULL,
	"period_start" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"value" numeric(12, 4) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_quotas_code_period_start_unit_id_pk" PRIMARY KEY("code","period_start","unit_id"),
	CONSTRAINT "target_quotas_value_non_negative" CHECK ("target_quotas"."value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "targets" DROP CONSTRAINT "targets_period_ordered";--> statement-breakpoint
ALTER TABLE "problem_updates" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "problem_updates_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "completed_by_stage" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "total_investment_usd" numeric(16, 4);--> statement-breakpoint
ALTER TABLE "stage_events" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "stage_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "score_weights" ADD COLUMN "scope" text DEFAULT 'RACE' NOT NULL;--> statement-breakpoint
ALTER TABLE "race_publications" ADD CONSTRAINT "race_publications_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_rows" ADD CONSTRAINT "race_rows_quarter_race_publications_quarter_fk" FOREIGN KEY ("quarter") REFERENCES "public"."race_publications"("quarter") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_rows" ADD CONSTRAINT "race_rows_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_periods" ADD CONSTRAINT "target_periods_code_targets_code_fk" FOREIGN KEY ("code") REFERENCES "public"."targets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_quotas" ADD CONSTRAINT "target_quotas_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_quotas" ADD CONSTRAINT "target_quotas_period_fk" FOREIGN KEY ("code","period_start") REFERENCES "public"."target_periods"("code","period_start") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
-- Plan periods (SPEC 5.1): each target's figures so far become its first period.
INSERT INTO "target_periods" ("code", "period_start", "period_end", "target_value", "baseline", "baseline_year", "version", "updated_at")
  SELECT "code", "period_start", "period_end", "target_value", "baseline", "baseline_year", "version", "updated_at" FROM "targets";--> statement-breakpoint
-- "≥ 2/3" at four places is 66.6666: 66.6667 would refuse exactly two thirds. Only where ADMIN left it.
UPDATE "target_periods" SET "target_value" = 66.6666, "version" = "version" + 1, "updated_at" = now()
  WHERE "code" = 'MFG_SHARE_YEAR' AND "target_value" = 66.6667;--> statement-breakpoint
-- A node done by its stage (SIGNING, CONSTRUCTION_STARTED, ACCEPTED, PRODUCTION_STARTED, AT_CAPACITY) says so.
UPDATE "milestones" SET "completed_by_stage" = true
  WHERE "key" IN ('SIGNING', 'CONSTRUCTION_STARTED', 'ACCEPTED', 'PRODUCTION_STARTED', 'AT_CAPACITY') AND "actual_on" IS NOT NULL;--> statement-breakpoint
-- Reaching a stage settles the template nodes before it (SPEC 4.2): a project in production does not
-- show its permits as overdue. Each open template node takes the date of the first stage at or after
-- it that the project reached (the template orders nodes by tens: stage nodes at 0, 60, 80, 90, 100).
UPDATE "milestones" AS m SET "actual_on" = s."on", "completed_by_stage" = true, "updated_at" = now()
  FROM (
    SELECT m2."id", (
      SELECT st.d FROM (VALUES (0, p."signed_on"), (60, p."started_on"), (80, p."accepted_on"),
        (90, p."production_on"), (100, p."capacity_on")) AS st(sort, d)
      WHERE st.sort >= m2."sort_order" AND st.d IS NOT NULL ORDER BY st.sort LIMIT 1) AS "on"
    FROM "milestones" m2 JOIN "projects" p ON p."id" = m2."project_id"
    WHERE m2."key" IS NOT NULL AND m2."actual_on" IS NULL
  ) AS s
  WHERE m."id" = s."id" AND s."on" IS NOT NULL;--> statement-breakpoint
-- A terminated project's open problems are closed, with the termination as the note (SPEC 4.4).
INSERT INTO "problem_updates" ("problem_id", "kind", "body", "from_status", "to_status")
  SELECT pr."id", 'STATUS', '项目已终止：' || coalesce(p."termination_reason", ''), pr."status", 'CLOSED'
  FROM "problems" pr JOIN "projects" p ON p."id" = pr."project_id"
  WHERE p."stage" = 'TERMINATED' AND pr."status" IN ('OPEN', 'IN_PROGRESS');--> statement-breakpoint
INSERT INTO "audit_log" ("action", "entity_type", "entity_id", "project_id", "changes", "note")
  SELECT 'problem.close', 'problem', pr."id"::text, pr."project_id",
    jsonb_build_object('status', jsonb_build_object('from', pr."status", 'to', 'CLOSED')), '项目已终止，问题随之关闭'
  FROM "problems" pr JOIN "projects" p ON p."id" = pr."project_id"
  WHERE p."stage" = 'TERMINATED' AND pr."status" IN ('OPEN', 'IN_PROGRESS');--> statement-breakpoint
UPDATE "problems" AS pr SET "status" = 'CLOSED', "version" = pr."version" + 1, "updated_at" = now()
  FROM "projects" p
  WHERE p."id" = pr."project_id" AND p."stage" = 'TERMINATED' AND pr."status" IN ('OPEN', 'IN_PROGRESS');--> statement-breakpoint
ALTER TABLE "targets" DROP COLUMN "target_value";--> statement-breakpoint
ALTER TABLE "targets" DROP COLUMN "baseline";--> statement-breakpoint
ALTER TABLE "targets" DROP COLUMN "baseline_year";--> statement-breakpoint
ALTER TABLE "targets" DROP COLUMN "period_start";--> statement-breakpoint
ALTER TABLE "targets" DROP COLUMN "period_end";--> statement-breakpoint
ALTER TABLE "targets" DROP COLUMN "version";--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_total_usd_covers_foreign_share" CHECK ("projects"."total_investment_usd" IS NULL OR ("projects"."total_investment_usd" > 0 AND "projects"."total_investment_usd" >= coalesce("projects"."foreign_investment_usd", 0)));--> statement-breakpoint
ALTER TABLE "score_weights" ADD CONSTRAINT "score_weights_scope" CHECK ("score_weights"."scope" IN ('RACE', 'ANNUAL'));--> statement-breakpoint
-- A published race is frozen: its rows cannot change, like the audit log.
CREATE TRIGGER race_publications_append_only BEFORE UPDATE OR DELETE ON race_publications
  FOR EACH ROW EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER race_publications_no_truncate BEFORE TRUNCATE ON race_publications
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER race_rows_append_only BEFORE UPDATE OR DELETE ON race_rows
  FOR EACH ROW EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER race_rows_no_truncate BEFORE TRUNCATE ON race_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();