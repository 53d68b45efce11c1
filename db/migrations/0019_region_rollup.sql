-- Roll-up (SPEC 2.1): target periods, race weights and race publications belong to a region, as the
-- rest does since 0017. What was released is 上虞区's (SY, id 2); a city gets its own periods and values,
-- divided among its districts (target_region_quotas), and publishes its districts' race (region_race_rows).
CREATE TABLE "region_race_rows" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"quarter" text NOT NULL,
	"ranked_region_id" integer NOT NULL,
	"new_major10_signings" integer NOT NULL,
	"major50_signings" integer NOT NULL,
	"landing_rate" numeric(8, 4),
	"nodes_on_time_percent" numeric(8, 4),
	"overdue_problems" integer NOT NULL,
	"problem_extensions" integer NOT NULL,
	"reports_on_time_percent" numeric(8, 4),
	"score" numeric(8, 4) NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "region_race_rows_region_id_quarter_ranked_region_id_pk" PRIMARY KEY("region_id","quarter","ranked_region_id")
);
--> statement-breakpoint
CREATE TABLE "target_region_quotas" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"code" text NOT NULL,
	"period_start" date NOT NULL,
	"quota_region_id" integer NOT NULL,
	"value" numeric(12, 4) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_region_quotas_region_id_code_period_start_quota_region_id_pk" PRIMARY KEY("region_id","code","period_start","quota_region_id"),
	CONSTRAINT "target_region_quotas_value_non_negative" CHECK ("target_region_quotas"."value" >= 0),
	CONSTRAINT "target_region_quotas_below" CHECK ("target_region_quotas"."quota_region_id" <> "target_region_quotas"."region_id")
);
--> statement-breakpoint
ALTER TABLE "race_rows" DROP CONSTRAINT "race_rows_quarter_race_publications_quarter_fk";--> statement-breakpoint
ALTER TABLE "target_quotas" DROP CONSTRAINT "target_quotas_period_fk";--> statement-breakpoint
ALTER TABLE "target_periods" DROP CONSTRAINT "target_periods_code_period_start_pk";--> statement-breakpoint
ALTER TABLE "race_publications" DROP CONSTRAINT "race_publications_pkey";--> statement-breakpoint
ALTER TABLE "score_weights" DROP CONSTRAINT "score_weights_pkey";--> statement-breakpoint
ALTER TABLE "race_publications" ADD COLUMN "region_id" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "score_weights" ADD COLUMN "region_id" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "target_periods" ADD COLUMN "region_id" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "race_publications" ALTER COLUMN "region_id" SET DEFAULT zdyq_region();--> statement-breakpoint
ALTER TABLE "score_weights" ALTER COLUMN "region_id" SET DEFAULT zdyq_region();--> statement-breakpoint
ALTER TABLE "target_periods" ALTER COLUMN "region_id" SET DEFAULT zdyq_region();--> statement-breakpoint
ALTER TABLE "race_publications" ADD CONSTRAINT "race_publications_region_id_quarter_pk" PRIMARY KEY("region_id","quarter");--> statement-breakpoint
ALTER TABLE "score_weights" ADD CONSTRAINT "score_weights_region_id_key_pk" PRIMARY KEY("region_id","key");--> statement-breakpoint
ALTER TABLE "target_periods" ADD CONSTRAINT "target_periods_region_id_code_period_start_pk" PRIMARY KEY("region_id","code","period_start");--> statement-breakpoint
-- Every other region starts with the weights 上虞区 had, and every other district with its periods, so
-- what each counted before it still counts; a city's periods are the city's to add.
INSERT INTO "score_weights" ("region_id", "key", "scope", "weight", "sort_order", "updated_at")
SELECT r.id, w.key, w.scope, w.weight, w.sort_order, w.updated_at
FROM "regions" r CROSS JOIN "score_weights" w WHERE w.region_id = 2 AND r.id <> 2;--> statement-breakpoint
INSERT INTO "target_periods" ("region_id", "code", "period_start", "period_end", "target_value", "baseline", "baseline_year", "version", "updated_at")
SELECT r.id, p.code, p.period_start, p.period_end, p.target_value, p.baseline, p.baseline_year, p.version, p.updated_at
FROM "regions" r CROSS JOIN "target_periods" p WHERE p.region_id = 2 AND r.id <> 2 AND r.level = 'DISTRICT';--> statement-breakpoint
-- A publication of another district's units (a quarter published while publications were deployment-wide)
-- becomes that district's own, as it stood.
INSERT INTO "race_publications" ("region_id", "quarter", "as_of", "weights", "published_at", "published_by_id")
SELECT DISTINCT ON (r.region_id, r.quarter) r.region_id, p.quarter, p.as_of, p.weights, p.published_at, p.published_by_id
FROM "race_rows" r JOIN "race_publications" p ON p.quarter = r.quarter AND p.region_id = 2
WHERE r.region_id <> 2
ORDER BY r.region_id, r.quarter;--> statement-breakpoint
ALTER TABLE "region_race_rows" ADD CONSTRAINT "region_race_rows_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_race_rows" ADD CONSTRAINT "region_race_rows_ranked_region_id_regions_id_fk" FOREIGN KEY ("ranked_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_race_rows" ADD CONSTRAINT "region_race_rows_publication_fk" FOREIGN KEY ("region_id","quarter") REFERENCES "public"."race_publications"("region_id","quarter") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_region_quotas" ADD CONSTRAINT "target_region_quotas_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_region_quotas" ADD CONSTRAINT "target_region_quotas_quota_region_id_regions_id_fk" FOREIGN KEY ("quota_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_region_quotas" ADD CONSTRAINT "target_region_quotas_period_fk" FOREIGN KEY ("region_id","code","period_start") REFERENCES "public"."target_periods"("region_id","code","period_start") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "race_publications" ADD CONSTRAINT "race_publications_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_rows" ADD CONSTRAINT "race_rows_publication_fk" FOREIGN KEY ("region_id","quarter") REFERENCES "public"."race_publications"("region_id","quarter") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_weights" ADD CONSTRAINT "score_weights_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_periods" ADD CONSTRAINT "target_periods_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_quotas" ADD CONSTRAINT "target_quotas_period_fk" FOREIGN KEY ("region_id","code","period_start") REFERENCES "public"."target_periods"("region_id","code","period_start") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
SELECT zdyq_region_security(t) FROM unnest(ARRAY['target_periods', 'target_region_quotas', 'score_weights',
  'race_publications', 'region_race_rows']::regclass[]) AS t;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "target_region_quotas", "region_race_rows" TO zdyq_app;
--> statement-breakpoint
-- A published districts' race is frozen like a units' race.
CREATE TRIGGER region_race_rows_append_only BEFORE UPDATE OR DELETE ON region_race_rows
  FOR EACH ROW EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER region_race_rows_no_truncate BEFORE TRUNCATE ON region_race_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "target_region_quotas_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "target_region_quotas"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();--> statement-breakpoint
CREATE TRIGGER "target_region_quotas_figures_truncated" AFTER TRUNCATE ON "target_region_quotas" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "region_race_rows_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "region_race_rows"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();--> statement-breakpoint
CREATE TRIGGER "region_race_rows_figures_truncated" AFTER TRUNCATE ON "region_race_rows" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
