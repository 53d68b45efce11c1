-- Before the project (SPEC 3.1): investors (客商) and their contacts, leads (招商线索), talks and visits,
-- documents with versions, and 撞单 between units. Every table is a region's, under row-level security
-- as in 0017; a released project's free-text investor becomes an investor record it points at.
--
-- The name as 撞单 compares it: trimmed, full-width folded to half-width (NFKC), spaces collapsed, lower case.
CREATE FUNCTION zdyq_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(regexp_replace(btrim(normalize(name, NFKC)), '\s+', ' ', 'g'))
$$;
--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('INTENT_LETTER', 'FRAMEWORK_AGREEMENT', 'INVESTMENT_AGREEMENT', 'SUPPLEMENTARY_AGREEMENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."interaction_kind" AS ENUM('VISIT_OUT', 'VISIT_IN', 'TALKS', 'CALL', 'SIGNING_CEREMONY');--> statement-breakpoint
CREATE TYPE "public"."lead_source" AS ENUM('BUSINESS_REFERRAL', 'EXHIBITION', 'AGENCY', 'RESIDENT_OFFICE', 'FUND', 'VISIT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('NEW', 'FOLLOWING', 'CONVERTED', 'DROPPED');--> statement-breakpoint
CREATE TYPE "public"."likelihood" AS ENUM('HIGH', 'MEDIUM', 'LOW');--> statement-breakpoint
CREATE TABLE "investor_contacts" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"investor_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"phone" text,
	"email" text,
	CONSTRAINT "investor_contacts_name_not_blank" CHECK (btrim("investor_contacts"."name") <> '')
);
--> statement-breakpoint
CREATE TABLE "investors" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (zdyq_name_key(name)) STORED NOT NULL,
	"credit_code" text,
	"country" text,
	"industry" "industry",
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investors_name_not_blank" CHECK (btrim("investors"."name") <> ''),
	CONSTRAINT "investors_credit_code_shape" CHECK ("investors"."credit_code" IS NULL OR "investors"."credit_code" ~ '^[0-9A-HJ-NP-RTUWXY]{18}$')
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction_participants" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"interaction_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "interaction_participants_interaction_id_user_id_pk" PRIMARY KEY("interaction_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid,
	"project_id" uuid,
	"on" date NOT NULL,
	"kind" "interaction_kind" NOT NULL,
	"summary" text NOT NULL,
	"next_step" text,
	"follow_up_on" date,
	"their_participants" text,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interactions_on_a_record" CHECK ("interactions"."lead_id" IS NOT NULL OR "interactions"."project_id" IS NOT NULL),
	CONSTRAINT "interactions_summary_not_blank" CHECK (btrim("interactions"."summary") <> ''),
	CONSTRAINT "interactions_follow_up_after" CHECK ("interactions"."follow_up_on" IS NULL OR "interactions"."follow_up_on" >= "interactions"."on")
);
--> statement-breakpoint
CREATE TABLE "investor_conflicts" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matched_on" text NOT NULL,
	"first_lead_id" uuid,
	"first_project_id" uuid,
	"first_unit_id" uuid NOT NULL,
	"second_lead_id" uuid,
	"second_project_id" uuid,
	"second_unit_id" uuid NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"leading_unit_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "investor_conflicts_first_named" CHECK ("investor_conflicts"."first_lead_id" IS NOT NULL OR "investor_conflicts"."first_project_id" IS NOT NULL),
	CONSTRAINT "investor_conflicts_second_named" CHECK ("investor_conflicts"."second_lead_id" IS NOT NULL OR "investor_conflicts"."second_project_id" IS NOT NULL),
	CONSTRAINT "investor_conflicts_two_units" CHECK ("investor_conflicts"."first_unit_id" <> "investor_conflicts"."second_unit_id"),
	CONSTRAINT "investor_conflicts_decided_whole" CHECK (("investor_conflicts"."decided_at" IS NULL) = ("investor_conflicts"."leading_unit_id" IS NULL) AND ("investor_conflicts"."leading_unit_id" IS NULL OR "investor_conflicts"."leading_unit_id" IN ("investor_conflicts"."first_unit_id", "investor_conflicts"."second_unit_id")))
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"investor_id" uuid NOT NULL,
	"industry" "industry" NOT NULL,
	"intended_investment" numeric(16, 4),
	"source" "lead_source" NOT NULL,
	"status" "lead_status" DEFAULT 'NEW' NOT NULL,
	"unit_id" uuid NOT NULL,
	"owner_id" uuid,
	"received_on" date NOT NULL,
	"dropped_on" date,
	"drop_reason" text,
	"project_id" uuid,
	"converted_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_title_not_blank" CHECK (btrim("leads"."title") <> ''),
	CONSTRAINT "leads_intended_investment_positive" CHECK ("leads"."intended_investment" IS NULL OR "leads"."intended_investment" > 0),
	CONSTRAINT "leads_dropped_has_reason" CHECK ("leads"."status" <> 'DROPPED' OR ("leads"."dropped_on" IS NOT NULL AND btrim(coalesce("leads"."drop_reason", '')) <> '')),
	CONSTRAINT "leads_converted_has_project" CHECK ("leads"."status" <> 'CONVERTED' OR ("leads"."project_id" IS NOT NULL AND "leads"."converted_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "project_documents" (
	"region_id" integer DEFAULT zdyq_region() NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid,
	"project_id" uuid,
	"kind" "document_kind" NOT NULL,
	"title" text NOT NULL,
	"signed_on" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_documents_on_a_record" CHECK ("project_documents"."lead_id" IS NOT NULL OR "project_documents"."project_id" IS NOT NULL),
	CONSTRAINT "project_documents_title_not_blank" CHECK (btrim("project_documents"."title") <> '')
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "investor_key" text GENERATED ALWAYS AS (zdyq_name_key(investor)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "investor_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "likelihood" "likelihood";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "expected_signing_month" text;--> statement-breakpoint
ALTER TABLE "investor_contacts" ADD CONSTRAINT "investor_contacts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_contacts" ADD CONSTRAINT "investor_contacts_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_project_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."project_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_first_lead_id_leads_id_fk" FOREIGN KEY ("first_lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_first_project_id_projects_id_fk" FOREIGN KEY ("first_project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_first_unit_id_units_id_fk" FOREIGN KEY ("first_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_second_lead_id_leads_id_fk" FOREIGN KEY ("second_lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_second_project_id_projects_id_fk" FOREIGN KEY ("second_project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_second_unit_id_units_id_fk" FOREIGN KEY ("second_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_leading_unit_id_units_id_fk" FOREIGN KEY ("leading_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_conflicts" ADD CONSTRAINT "investor_conflicts_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investor_contacts_investor_idx" ON "investor_contacts" USING btree ("investor_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "investors_credit_code_key" ON "investors" USING btree ("region_id","credit_code") WHERE "investors"."credit_code" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "investors_name_key_idx" ON "investors" USING btree ("region_id","name_key");--> statement-breakpoint
CREATE INDEX "document_versions_document_idx" ON "document_versions" USING btree ("document_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "interactions_lead_idx" ON "interactions" USING btree ("lead_id","on");--> statement-breakpoint
CREATE INDEX "interactions_project_idx" ON "interactions" USING btree ("project_id","on");--> statement-breakpoint
CREATE INDEX "interactions_follow_up_idx" ON "interactions" USING btree ("recorded_by_id","follow_up_on") WHERE "interactions"."follow_up_on" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "investor_conflicts_pair_key" ON "investor_conflicts" USING btree (coalesce("first_lead_id", "first_project_id"),coalesce("second_lead_id", "second_project_id"));--> statement-breakpoint
CREATE INDEX "investor_conflicts_open_idx" ON "investor_conflicts" USING btree ("region_id") WHERE "investor_conflicts"."decided_at" IS NULL;--> statement-breakpoint
CREATE INDEX "leads_unit_idx" ON "leads" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "leads_investor_idx" ON "leads" USING btree ("investor_id");--> statement-breakpoint
CREATE INDEX "leads_received_on_idx" ON "leads" USING btree ("region_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "leads_project_key" ON "leads" USING btree ("project_id") WHERE "leads"."project_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "project_documents_lead_idx" ON "project_documents" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "project_documents_project_idx" ON "project_documents" USING btree ("project_id");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_investor_key_idx" ON "projects" USING btree ("region_id","investor_key");--> statement-breakpoint
CREATE INDEX "projects_investor_idx" ON "projects" USING btree ("investor_id");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_expected_signing_month_format" CHECK ("projects"."expected_signing_month" IS NULL OR "projects"."expected_signing_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');--> statement-breakpoint
-- A row that hangs from another is in that row's region (zdyq_region_from_parent, 0017).
CREATE TRIGGER "investor_contacts_region" BEFORE INSERT ON "investor_contacts" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('investors', 'investor_id');--> statement-breakpoint
CREATE TRIGGER "interactions_region_lead" BEFORE INSERT ON "interactions" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('leads', 'lead_id');--> statement-breakpoint
CREATE TRIGGER "interactions_region_project" BEFORE INSERT ON "interactions" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('projects', 'project_id');--> statement-breakpoint
CREATE TRIGGER "interaction_participants_region" BEFORE INSERT ON "interaction_participants" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('interactions', 'interaction_id');--> statement-breakpoint
CREATE TRIGGER "project_documents_region_lead" BEFORE INSERT ON "project_documents" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('leads', 'lead_id');--> statement-breakpoint
CREATE TRIGGER "project_documents_region_project" BEFORE INSERT ON "project_documents" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('projects', 'project_id');--> statement-breakpoint
CREATE TRIGGER "document_versions_region" BEFORE INSERT ON "document_versions" FOR EACH ROW EXECUTE FUNCTION zdyq_region_from_parent('project_documents', 'document_id');--> statement-breakpoint
-- A version is never edited: a new one supersedes it (refuse_change, 0001). Only its region moves, with
-- its lead handed to a district (zdyq_hand_over_lead below).
CREATE TRIGGER document_versions_append_only BEFORE UPDATE ON document_versions
  FOR EACH ROW WHEN ((to_jsonb(OLD) - 'region_id') IS DISTINCT FROM (to_jsonb(NEW) - 'region_id'))
  EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER document_versions_no_delete BEFORE DELETE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();--> statement-breakpoint
CREATE TRIGGER document_versions_no_truncate BEFORE TRUNCATE ON document_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();--> statement-breakpoint
-- A region-owned table's row-level security, as 0017 gave the first ones: read the request's regions,
-- write its own. Later migrations call it for their tables.
CREATE FUNCTION zdyq_region_security(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('CREATE POLICY region_read ON %s FOR SELECT USING (region_id = ANY (zdyq_regions()))', t);
  EXECUTE format('CREATE POLICY region_insert ON %s FOR INSERT WITH CHECK (region_id = zdyq_region())', t);
  EXECUTE format('CREATE POLICY region_update ON %s FOR UPDATE USING (region_id = zdyq_region()) WITH CHECK (region_id = zdyq_region())', t);
  EXECUTE format('CREATE POLICY region_delete ON %s FOR DELETE USING (region_id = zdyq_region())', t);
END $$;
--> statement-breakpoint
SELECT zdyq_region_security(t) FROM unnest(ARRAY['investors', 'investor_contacts', 'leads', 'interactions',
  'interaction_participants', 'project_documents', 'document_versions', 'investor_conflicts']::regclass[]) AS t;
--> statement-breakpoint
-- Released projects: one investor per region and folded name, the first spelling seen; each project points at it.
INSERT INTO "investors" ("region_id", "name", "industry", "created_at", "updated_at")
SELECT DISTINCT ON (p.region_id, p.investor_key) p.region_id, btrim(p.investor), p.industry, p.created_at, p.created_at
FROM "projects" p
ORDER BY p.region_id, p.investor_key, p.created_at, p.id;
--> statement-breakpoint
UPDATE "projects" p SET "investor_id" = i.id
FROM "investors" i
WHERE i.region_id = p.region_id AND i.name_key = p.investor_key;

--> statement-breakpoint
-- 线索分派 (SPEC 3.1): a city's lead handed to a unit of a district below, which then owns it with its talks
-- and documents. Row-level security lets a request write only its own region, so the move is this
-- function's, run as its owner: it moves only a lead of the request's own region to a unit of a region the
-- request reads, and gives the lead the district's investor of the same credit code (else the same folded
-- name), copied there with its contacts when the district has none.
CREATE FUNCTION zdyq_hand_over_lead(lead uuid, to_unit uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  handed leads%ROWTYPE;
  source investors%ROWTYPE;
  target integer;
  investor uuid;
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
  SELECT * INTO source FROM investors WHERE id = handed.investor_id;
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
  UPDATE leads SET region_id = target, unit_id = to_unit, owner_id = NULL, investor_id = investor,
    version = version + 1, updated_at = now() WHERE id = lead;
  UPDATE interactions SET region_id = target WHERE lead_id = lead;
  UPDATE interaction_participants SET region_id = target
    WHERE interaction_id IN (SELECT id FROM interactions WHERE lead_id = lead);
  UPDATE project_documents SET region_id = target WHERE lead_id = lead;
  UPDATE document_versions SET region_id = target
    WHERE document_id IN (SELECT id FROM project_documents WHERE lead_id = lead);
  RETURN target;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION zdyq_hand_over_lead(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION zdyq_hand_over_lead(uuid, uuid) TO zdyq_app;

--> statement-breakpoint
-- A district added or renamed moves the city's figures (a database made by an earlier build of 0017 has it already).
DROP TRIGGER IF EXISTS "regions_figures_changed" ON "regions";
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "regions_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "regions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
