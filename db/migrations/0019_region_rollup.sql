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
--> statement-breakpoint
-- 项目异地落户 (SPEC 2.1): a project moved to another district keeps its history under a new code.
CREATE TABLE "project_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"project_id" uuid NOT NULL,
	"from_region_id" integer NOT NULL,
	"from_code" text NOT NULL,
	"to_code" text NOT NULL,
	"moved_on" date NOT NULL,
	"reason" text NOT NULL,
	"moved_by_id" uuid,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_moves_reason_not_blank" CHECK (btrim("project_moves"."reason") <> ''),
	CONSTRAINT "project_moves_elsewhere" CHECK ("project_moves"."from_region_id" <> "project_moves"."region_id")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "former_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "project_moves" ADD CONSTRAINT "project_moves_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_moves" ADD CONSTRAINT "project_moves_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_moves" ADD CONSTRAINT "project_moves_from_region_id_regions_id_fk" FOREIGN KEY ("from_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_moves" ADD CONSTRAINT "project_moves_moved_by_id_users_id_fk" FOREIGN KEY ("moved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_moves_project_idx" ON "project_moves" USING btree ("project_id");--> statement-breakpoint
SELECT zdyq_region_security('project_moves'::regclass);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "project_moves" TO zdyq_app;--> statement-breakpoint
-- A moved project's history stays with it: its new district reads the audit rows written before the move.
CREATE POLICY region_read_moved ON "audit_log" FOR SELECT
  USING (project_id IN (SELECT m.project_id FROM project_moves m));--> statement-breakpoint
-- A submitted check is never edited (0001); only its region moves, with its project.
DROP TRIGGER compliance_checks_append_only ON compliance_checks;--> statement-breakpoint
CREATE TRIGGER compliance_checks_append_only BEFORE UPDATE ON compliance_checks
  FOR EACH ROW WHEN ((to_jsonb(OLD) - 'region_id') IS DISTINCT FROM (to_jsonb(NEW) - 'region_id'))
  EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER compliance_checks_no_delete BEFORE DELETE ON compliance_checks
  FOR EACH ROW EXECUTE FUNCTION refuse_change();--> statement-breakpoint
-- The investor record of a region for another region's: the one of the same credit code (else the same
-- folded name), copied there with its contacts when the region has none.
CREATE FUNCTION zdyq_investor_in(source_id uuid, target integer) RETURNS uuid
  LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  source investors%ROWTYPE;
  investor uuid;
BEGIN
  SELECT * INTO source FROM investors WHERE id = source_id;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT id INTO investor FROM investors i
    WHERE i.region_id = target AND (
      (source.credit_code IS NOT NULL AND i.credit_code = source.credit_code)
      OR (source.credit_code IS NULL AND i.name_key = source.name_key))
    ORDER BY i.created_at LIMIT 1;
  IF investor IS NULL THEN
    INSERT INTO investors (region_id, name, credit_code, country, industry, created_by_id)
      VALUES (target, source.name, source.credit_code, source.country, source.industry, source.created_by_id)
      RETURNING id INTO investor;
    INSERT INTO investor_contacts (region_id, investor_id, position, name, title, phone, email)
      SELECT target, investor, position, name, title, phone, email FROM investor_contacts WHERE investor_id = source.id;
  END IF;
  RETURN investor;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION zdyq_investor_in(uuid, integer) FROM PUBLIC;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zdyq_hand_over_lead(lead uuid, to_unit uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  handed leads%ROWTYPE;
  target integer;
BEGIN
  SELECT * INTO handed FROM leads WHERE id = lead AND region_id = zdyq_region() FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'lead % is not of the request''s region', lead USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT region_id INTO target FROM units
    WHERE id = to_unit AND region_id = ANY (zdyq_regions()) AND region_id <> zdyq_region();
  IF target IS NULL THEN
    RAISE EXCEPTION 'unit % is not of a region below the request''s', to_unit USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE leads SET region_id = target, unit_id = to_unit, owner_id = NULL,
    investor_id = zdyq_investor_in(handed.investor_id, target), version = version + 1, updated_at = now()
    WHERE id = lead;
  UPDATE interactions SET region_id = target WHERE lead_id = lead;
  UPDATE interaction_participants SET region_id = target
    WHERE interaction_id IN (SELECT id FROM interactions WHERE lead_id = lead);
  UPDATE project_documents SET region_id = target WHERE lead_id = lead;
  UPDATE document_versions SET region_id = target
    WHERE document_id IN (SELECT id FROM project_documents WHERE lead_id = lead);
  RETURN target;
END $$;
--> statement-breakpoint
-- 项目异地落户: the city's request moves a project of a district it reads to another district it reads,
-- with everything hanging from it, run as the owner (row-level security lets a request write only its own
-- region). The project takes the next code of the new district for its year, keeps the old one in
-- former_codes, is led by a unit of the new district (its problems by the unit of the same name there, else
-- that one) and gives up the old district's accounts (owner, 首席服务员, 包联领导 account; the text stays).
-- Refuses with ZD404 a project it cannot see, ZD409 a version that is not the project's.
CREATE FUNCTION zdyq_move_project(moving_id uuid, expected_version integer, to_region integer, to_unit uuid,
  move_on date, move_reason text, mover uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  moving projects%ROWTYPE;
  code_year integer;
  seq integer;
  new_code text;
BEGIN
  SELECT * INTO moving FROM projects WHERE id = moving_id AND region_id = ANY (zdyq_regions()) FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'project % is not of the request''s regions', moving_id USING ERRCODE = 'ZD404';
  END IF;
  IF moving.version <> expected_version THEN
    RAISE EXCEPTION 'project % is at version %', moving_id, moving.version USING ERRCODE = 'ZD409';
  END IF;
  IF to_region = moving.region_id OR to_region = zdyq_region() OR NOT to_region = ANY (zdyq_regions())
    OR NOT EXISTS (SELECT 1 FROM regions WHERE id = to_region AND level = 'DISTRICT')
    OR NOT EXISTS (SELECT 1 FROM units WHERE id = to_unit AND region_id = to_region) THEN
    RAISE EXCEPTION 'region % is not another district below the request''s', to_region
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  code_year := extract(year FROM moving.created_at AT TIME ZONE 'Asia/Shanghai')::integer;
  INSERT INTO project_code_counters (region_id, year, last) VALUES (to_region, code_year, 1)
    ON CONFLICT (region_id, year) DO UPDATE SET last = project_code_counters.last + 1
    RETURNING last INTO seq;
  new_code := (SELECT code FROM regions WHERE id = to_region) || '-' || code_year || '-' || lpad(seq::text, 4, '0');
  UPDATE projects SET region_id = to_region, code = new_code, former_codes = former_codes || moving.code,
    lead_unit_id = to_unit,
    platform_id = (SELECT u.id FROM units u JOIN units o ON o.name = u.name
      WHERE o.id = moving.platform_id AND u.region_id = to_region),
    owner_id = NULL, service_officer_id = NULL, responsible_leader_id = NULL,
    investor_id = zdyq_investor_in(moving.investor_id, to_region),
    version = version + 1, updated_at = now()
    WHERE id = moving_id;
  UPDATE stage_events SET region_id = to_region WHERE project_id = moving_id;
  UPDATE milestones SET region_id = to_region WHERE project_id = moving_id;
  UPDATE project_summaries SET region_id = to_region WHERE project_id = moving_id;
  UPDATE compliance_agreements SET region_id = to_region WHERE project_id = moving_id;
  UPDATE compliance_checks SET region_id = to_region WHERE project_id = moving_id;
  UPDATE check_attachments SET region_id = to_region
    WHERE check_id IN (SELECT id FROM compliance_checks WHERE project_id = moving_id);
  UPDATE monthly_reports SET region_id = to_region WHERE project_id = moving_id;
  UPDATE interactions SET region_id = to_region WHERE project_id = moving_id;
  UPDATE interaction_participants SET region_id = to_region
    WHERE interaction_id IN (SELECT id FROM interactions WHERE project_id = moving_id);
  UPDATE project_documents SET region_id = to_region WHERE project_id = moving_id;
  UPDATE document_versions SET region_id = to_region
    WHERE document_id IN (SELECT id FROM project_documents WHERE project_id = moving_id);
  UPDATE problems p SET region_id = to_region,
    lead_unit_id = coalesce((SELECT u.id FROM units u JOIN units o ON o.name = u.name
      WHERE o.id = p.lead_unit_id AND u.region_id = to_region), to_unit)
    WHERE p.project_id = moving_id;
  -- A co-operating unit the new district has by name co-operates there; one it has not drops out.
  DELETE FROM problem_co_units c USING problems p
    WHERE c.problem_id = p.id AND p.project_id = moving_id AND NOT EXISTS (
      SELECT 1 FROM units u JOIN units o ON o.name = u.name WHERE o.id = c.unit_id AND u.region_id = to_region);
  UPDATE problem_co_units c SET region_id = to_region,
    unit_id = (SELECT u.id FROM units u JOIN units o ON o.name = u.name WHERE o.id = c.unit_id AND u.region_id = to_region)
    FROM problems p WHERE c.problem_id = p.id AND p.project_id = moving_id;
  UPDATE problem_updates SET region_id = to_region
    WHERE problem_id IN (SELECT id FROM problems WHERE project_id = moving_id);
  INSERT INTO project_moves (region_id, project_id, from_region_id, from_code, to_code, moved_on, reason, moved_by_id)
    VALUES (to_region, moving_id, moving.region_id, moving.code, new_code, move_on, move_reason, mover);
  RETURN new_code;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION zdyq_move_project(uuid, integer, integer, uuid, date, text, uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION zdyq_move_project(uuid, integer, integer, uuid, date, text, uuid) TO zdyq_app;
--> statement-breakpoint
-- The policies read the request's regions once per statement (an InitPlan), not once per row: the same
-- rule, wrapped in a sub-select the planner evaluates before the scan.
CREATE OR REPLACE FUNCTION zdyq_region_security(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('CREATE POLICY region_read ON %s FOR SELECT USING (region_id = ANY ((SELECT zdyq_regions())::integer[]))', t);
  EXECUTE format('CREATE POLICY region_insert ON %s FOR INSERT WITH CHECK (region_id = (SELECT zdyq_region()))', t);
  EXECUTE format('CREATE POLICY region_update ON %s FOR UPDATE USING (region_id = (SELECT zdyq_region())) WITH CHECK (region_id = (SELECT zdyq_region()))', t);
  EXECUTE format('CREATE POLICY region_delete ON %s FOR DELETE USING (region_id = (SELECT zdyq_region()))', t);
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT DISTINCT tablename FROM pg_policies
    WHERE schemaname = 'public' AND policyname = 'region_read' AND tablename <> 'audit_log'
  LOOP
    EXECUTE format('ALTER POLICY region_read ON %I USING (region_id = ANY ((SELECT zdyq_regions())::integer[]))', t);
    EXECUTE format('ALTER POLICY region_insert ON %I WITH CHECK (region_id = (SELECT zdyq_region()))', t);
    EXECUTE format('ALTER POLICY region_update ON %I USING (region_id = (SELECT zdyq_region())) WITH CHECK (region_id = (SELECT zdyq_region()))', t);
    EXECUTE format('ALTER POLICY region_delete ON %I USING (region_id = (SELECT zdyq_region()))', t);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER POLICY region_read ON "audit_log" USING (region_id IS NULL OR region_id = ANY ((SELECT zdyq_regions())::integer[]));--> statement-breakpoint
ALTER POLICY region_insert ON "audit_log" WITH CHECK (region_id IS NULL OR region_id = ANY ((SELECT zdyq_regions())::integer[]));--> statement-breakpoint
ALTER POLICY region_delete ON "audit_log" USING (region_id IS NULL OR region_id = (SELECT zdyq_region()));
