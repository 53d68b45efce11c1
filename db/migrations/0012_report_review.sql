ALTER TABLE "users" ADD COLUMN "report_reviewer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD COLUMN "review_status" text DEFAULT 'SUBMITTED' NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD COLUMN "reviewed_by_id" uuid;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_review_status" CHECK ("monthly_reports"."review_status" IN ('SUBMITTED', 'ACCEPTED', 'RETURNED'));--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_returned_has_reason" CHECK ("monthly_reports"."review_status" <> 'RETURNED' OR btrim(coalesce("monthly_reports"."return_reason", '')) <> '');