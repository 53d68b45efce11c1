CREATE TABLE "monitoring_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"report_due_day" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	CONSTRAINT "monitoring_settings_single_row" CHECK ("monitoring_settings"."id" = 1),
	CONSTRAINT "monitoring_settings_due_day" CHECK ("monitoring_settings"."report_due_day" BETWEEN 1 AND 28)
);
--> statement-breakpoint
ALTER TABLE "monitoring_settings" ADD CONSTRAINT "monitoring_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "monitoring_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
