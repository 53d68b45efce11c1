CREATE TABLE "figures_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "figures_version_single_row" CHECK ("figures_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "figures_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Run at commit (deferred), so the row is locked only while a transaction commits; the first row a
-- transaction changes sets the version to its id, the rest find it set and write nothing.
CREATE FUNCTION figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE figures_version SET version = txid_current() WHERE id = 1 AND version <> txid_current();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "compliance_agreements_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "compliance_agreements"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "compliance_agreements_figures_truncated" AFTER TRUNCATE ON "compliance_agreements" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "compliance_checks_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "compliance_checks"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "compliance_checks_figures_truncated" AFTER TRUNCATE ON "compliance_checks" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "milestones_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "milestones"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "milestones_figures_truncated" AFTER TRUNCATE ON "milestones" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "monthly_reports_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "monthly_reports"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "monthly_reports_figures_truncated" AFTER TRUNCATE ON "monthly_reports" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "mu_grade_thresholds_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "mu_grade_thresholds"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "mu_grade_thresholds_figures_truncated" AFTER TRUNCATE ON "mu_grade_thresholds" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "problem_co_units_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "problem_co_units"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "problem_co_units_figures_truncated" AFTER TRUNCATE ON "problem_co_units" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "problem_updates_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "problem_updates"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "problem_updates_figures_truncated" AFTER TRUNCATE ON "problem_updates" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "problems_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "problems"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "problems_figures_truncated" AFTER TRUNCATE ON "problems" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "project_summaries_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "project_summaries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "project_summaries_figures_truncated" AFTER TRUNCATE ON "project_summaries" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "projects_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "projects"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "projects_figures_truncated" AFTER TRUNCATE ON "projects" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "race_publications_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "race_publications"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "race_publications_figures_truncated" AFTER TRUNCATE ON "race_publications" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "race_rows_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "race_rows"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "race_rows_figures_truncated" AFTER TRUNCATE ON "race_rows" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "report_month_closures_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "report_month_closures"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "report_month_closures_figures_truncated" AFTER TRUNCATE ON "report_month_closures" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "score_weights_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "score_weights"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "score_weights_figures_truncated" AFTER TRUNCATE ON "score_weights" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "stage_events_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "stage_events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "stage_events_figures_truncated" AFTER TRUNCATE ON "stage_events" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "summary_state_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "summary_state"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "summary_state_figures_truncated" AFTER TRUNCATE ON "summary_state" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "target_periods_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "target_periods"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "target_periods_figures_truncated" AFTER TRUNCATE ON "target_periods" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "target_quotas_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "target_quotas"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "target_quotas_figures_truncated" AFTER TRUNCATE ON "target_quotas" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "targets_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "targets"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "targets_figures_truncated" AFTER TRUNCATE ON "targets" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "units_figures_changed" AFTER INSERT OR UPDATE OR DELETE ON "units"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
--> statement-breakpoint
CREATE TRIGGER "units_figures_truncated" AFTER TRUNCATE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION figures_changed();
