CREATE TABLE "project_summaries" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"light" text NOT NULL,
	"has_overdue_node" boolean NOT NULL,
	"has_overdue_problem" boolean NOT NULL,
	"compliance_status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "summary_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"fresh_on" date,
	"refreshed_at" timestamp with time zone,
	CONSTRAINT "summary_state_single_row" CHECK ("summary_state"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "project_summaries" ADD CONSTRAINT "project_summaries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_summaries_light_idx" ON "project_summaries" USING btree ("as_of","light");--> statement-breakpoint
CREATE INDEX "compliance_checks_supersedes_idx" ON "compliance_checks" USING btree ("supersedes_id");