CREATE TYPE "public"."compliance_action" AS ENUM('NONE', 'RECTIFICATION_NOTICE', 'PENALTY', 'INCENTIVE_WITHHELD', 'LAND_RECLAMATION');--> statement-breakpoint
CREATE TYPE "public"."compliance_result" AS ENUM('COMPLIANT', 'NON_COMPLIANT');--> statement-breakpoint
CREATE TYPE "public"."escalation_level" AS ENUM('UNIT', 'LEADER', 'MEETING');--> statement-breakpoint
CREATE TYPE "public"."industry" AS ENUM('NEW_MATERIALS', 'MODERN_MEDICINE', 'HIGH_END_EQUIPMENT', 'ELECTRONIC_INFORMATION', 'NEW_ENERGY', 'ENERGY_SAVING_EQUIPMENT', 'CHEMICAL', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."problem_category" AS ENUM('LAND', 'ENERGY', 'APPROVAL', 'FINANCING', 'INFRASTRUCTURE', 'TALENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."problem_status" AS ENUM('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."problem_update_kind" AS ENUM('NOTE', 'INSTRUCTION', 'STATUS', 'ESCALATION', 'AUTO_ESCALATION');--> statement-breakpoint
CREATE TYPE "public"."project_source" AS ENUM('NEW', 'EXPANSION', 'LISTED_COMPANY');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('ADMIN', 'PROMOTER', 'LEADER', 'INSPECTOR');--> statement-breakpoint
CREATE TYPE "public"."stage" AS ENUM('NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'ACCEPTED', 'IN_PRODUCTION', 'AT_CAPACITY', 'TERMINATED');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('COUNT', 'RATE');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('DEPARTMENT', 'PLATFORM', 'TOWNSHIP');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"project_id" uuid,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "check_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_agreements" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"agreed_investment" numeric(18, 4),
	"investment_intensity" numeric(18, 4),
	"land_area" numeric(18, 4),
	"plot_ratio" numeric(18, 4),
	"start_deadline" date,
	"completion_deadline" date,
	"production_deadline" date,
	"capacity_deadline" date,
	"annual_output" numeric(18, 4),
	"tax_per_mu" numeric(18, 4),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_agreements_land_area_positive" CHECK ("compliance_agreements"."land_area" IS NULL OR "compliance_agreements"."land_area" > 0)
);
--> statement-breakpoint
CREATE TABLE "compliance_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"checked_on" date NOT NULL,
	"period" text NOT NULL,
	"actual_investment" numeric(18, 4),
	"annual_output" numeric(18, 4),
	"annual_tax" numeric(18, 4),
	"plot_ratio" numeric(18, 4),
	"findings" text,
	"action" "compliance_action" DEFAULT 'NONE' NOT NULL,
	"rectify_by" date,
	"result" "compliance_result" NOT NULL,
	"clauses" jsonb NOT NULL,
	"tax_per_mu" numeric(18, 4),
	"investment_intensity" numeric(18, 4),
	"grade" text,
	"supersedes_id" uuid,
	"inspector_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_checks_grade" CHECK ("compliance_checks"."grade" IS NULL OR "compliance_checks"."grade" IN ('A', 'B', 'C', 'D'))
);
--> statement-breakpoint
CREATE TABLE "mu_grade_thresholds" (
	"grade" text PRIMARY KEY NOT NULL,
	"min_tax_per_mu" numeric(18, 4) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"ip" text,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_name_not_blank" CHECK (btrim("units"."name") <> '')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"unit_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_promoter_has_unit" CHECK ("users"."role" <> 'PROMOTER' OR "users"."unit_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "problem_co_units" (
	"problem_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "problem_co_units_problem_id_unit_id_pk" PRIMARY KEY("problem_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "problem_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"kind" "problem_update_kind" NOT NULL,
	"body" text,
	"from_status" "problem_status",
	"to_status" "problem_status",
	"from_level" "escalation_level",
	"to_level" "escalation_level",
	"author_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" "problem_category" NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"status" "problem_status" DEFAULT 'OPEN' NOT NULL,
	"level" "escalation_level" DEFAULT 'UNIT' NOT NULL,
	"due_on" date,
	"raised_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problems_title_not_blank" CHECK (btrim("problems"."title") <> '')
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"key" text,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"planned_on" date,
	"baseline_on" date,
	"actual_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_code_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"investor" text NOT NULL,
	"industry" "industry" NOT NULL,
	"source" "project_source" NOT NULL,
	"is_manufacturing" boolean NOT NULL,
	"is_foreign" boolean DEFAULT false NOT NULL,
	"foreign_investment_usd" numeric(16, 4),
	"is_chain_project" boolean DEFAULT false NOT NULL,
	"total_investment" numeric(16, 4) NOT NULL,
	"fixed_asset_investment" numeric(16, 4),
	"land_area" numeric(16, 4),
	"tier" text GENERATED ALWAYS AS (CASE
          WHEN total_investment >= 50 THEN 'MAJOR_50'
          WHEN total_investment >= 10 THEN 'MAJOR_10'
          WHEN total_investment >= 1 THEN 'OVER_1'
          ELSE 'BELOW_1' END) STORED NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"platform_id" uuid,
	"owner_id" uuid,
	"responsible_leader" text,
	"latitude" double precision,
	"longitude" double precision,
	"address" text,
	"stage" "stage" NOT NULL,
	"signed_on" date,
	"started_on" date,
	"accepted_on" date,
	"production_on" date,
	"capacity_on" date,
	"terminated_on" date,
	"termination_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_name_not_blank" CHECK (btrim("projects"."name") <> ''),
	CONSTRAINT "projects_total_investment_positive" CHECK ("projects"."total_investment" > 0),
	CONSTRAINT "projects_fixed_asset_within_total" CHECK ("projects"."fixed_asset_investment" IS NULL OR ("projects"."fixed_asset_investment" >= 0 AND "projects"."fixed_asset_investment" <= "projects"."total_investment")),
	CONSTRAINT "projects_foreign_usd_non_negative" CHECK ("projects"."foreign_investment_usd" IS NULL OR "projects"."foreign_investment_usd" >= 0),
	CONSTRAINT "projects_land_area_non_negative" CHECK ("projects"."land_area" IS NULL OR "projects"."land_area" >= 0),
	CONSTRAINT "projects_major_has_leader" CHECK ("projects"."total_investment" < 50 OR btrim(coalesce("projects"."responsible_leader", '')) <> ''),
	CONSTRAINT "projects_latitude_range" CHECK ("projects"."latitude" IS NULL OR "projects"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "projects_longitude_range" CHECK ("projects"."longitude" IS NULL OR "projects"."longitude" BETWEEN -180 AND 180),
	CONSTRAINT "projects_signed_has_date" CHECK ("projects"."stage" = 'NEGOTIATING' OR "projects"."stage" = 'TERMINATED' OR "projects"."signed_on" IS NOT NULL),
	CONSTRAINT "projects_terminated_has_reason" CHECK ("projects"."stage" <> 'TERMINATED' OR ("projects"."terminated_on" IS NOT NULL AND btrim(coalesce("projects"."termination_reason", '')) <> '')),
	CONSTRAINT "projects_stage_dates_ordered" CHECK (("projects"."started_on" IS NULL OR "projects"."started_on" >= "projects"."signed_on")
        AND ("projects"."accepted_on" IS NULL OR "projects"."accepted_on" >= "projects"."started_on")
        AND ("projects"."production_on" IS NULL OR "projects"."production_on" >= "projects"."accepted_on")
        AND ("projects"."capacity_on" IS NULL OR "projects"."capacity_on" >= "projects"."production_on"))
);
--> statement-breakpoint
CREATE TABLE "stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"from_stage" "stage",
	"to_stage" "stage" NOT NULL,
	"on" date NOT NULL,
	"note" text,
	"is_correction" boolean DEFAULT false NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"month" text NOT NULL,
	"investment" numeric(16, 4) NOT NULL,
	"note" text,
	"submitted_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_reports_month_format" CHECK ("monthly_reports"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "monthly_reports_investment_non_negative" CHECK ("monthly_reports"."investment" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_month_closures" (
	"month" text PRIMARY KEY NOT NULL,
	"closed_by_id" uuid,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_weights" (
	"key" text PRIMARY KEY NOT NULL,
	"weight" numeric(8, 4) NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_weights_non_negative" CHECK ("score_weights"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "target_kind" NOT NULL,
	"unit" text NOT NULL,
	"target_value" numeric(12, 4) NOT NULL,
	"baseline" numeric(12, 4),
	"baseline_year" integer,
	"annual" boolean DEFAULT false NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_period_ordered" CHECK ("targets"."period_start" <= "targets"."period_end")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_attachments" ADD CONSTRAINT "check_attachments_check_id_compliance_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."compliance_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_attachments" ADD CONSTRAINT "check_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_agreements" ADD CONSTRAINT "compliance_agreements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_checks" ADD CONSTRAINT "compliance_checks_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_checks" ADD CONSTRAINT "compliance_checks_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_co_units" ADD CONSTRAINT "problem_co_units_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_co_units" ADD CONSTRAINT "problem_co_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD CONSTRAINT "problem_updates_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD CONSTRAINT "problem_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_raised_by_id_users_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_platform_id_units_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_month_closures" ADD CONSTRAINT "report_month_closures_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_project_idx" ON "audit_log" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "check_attachments_check_idx" ON "check_attachments" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "compliance_checks_project_idx" ON "compliance_checks" USING btree ("project_id","checked_on","created_at");--> statement-breakpoint
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts" USING btree (lower("username"),"at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "units_name_key" ON "units" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "problem_co_units_unit_idx" ON "problem_co_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "problem_updates_problem_idx" ON "problem_updates" USING btree ("problem_id","at");--> statement-breakpoint
CREATE INDEX "problems_project_idx" ON "problems" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "problems_lead_unit_idx" ON "problems" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "problems_open_due_idx" ON "problems" USING btree ("due_on") WHERE "problems"."status" IN ('OPEN', 'IN_PROGRESS');--> statement-breakpoint
CREATE INDEX "milestones_project_idx" ON "milestones" USING btree ("project_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_project_key_key" ON "milestones" USING btree ("project_id","key") WHERE "milestones"."key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "milestones_open_planned_idx" ON "milestones" USING btree ("planned_on") WHERE "milestones"."actual_on" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_key" ON "projects" USING btree ("code");--> statement-breakpoint
CREATE INDEX "projects_lead_unit_idx" ON "projects" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "projects_platform_idx" ON "projects" USING btree ("platform_id");--> statement-breakpoint
CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "projects_tier_idx" ON "projects" USING btree ("tier");--> statement-breakpoint
CREATE INDEX "projects_signed_on_idx" ON "projects" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "projects_industry_idx" ON "projects" USING btree ("industry");--> statement-breakpoint
CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "stage_events_project_idx" ON "stage_events" USING btree ("project_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_reports_project_month_key" ON "monthly_reports" USING btree ("project_id","month");--> statement-breakpoint
CREATE INDEX "monthly_reports_month_idx" ON "monthly_reports" USING btree ("month");