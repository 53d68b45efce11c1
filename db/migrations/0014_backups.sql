CREATE TABLE "backups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"scheduled_for" date,
	"status" text DEFAULT 'RUNNING' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"size_bytes" bigint,
	"sha256" text,
	"error" text,
	"started_by_id" uuid,
	CONSTRAINT "backups_status" CHECK ("backups"."status" IN ('RUNNING', 'DONE', 'FAILED'))
);
--> statement-breakpoint
ALTER TABLE "backups" ADD CONSTRAINT "backups_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "backups_file_name_key" ON "backups" USING btree ("file_name");--> statement-breakpoint
CREATE UNIQUE INDEX "backups_scheduled_for_key" ON "backups" USING btree ("scheduled_for");--> statement-breakpoint
CREATE INDEX "backups_started_at_idx" ON "backups" USING btree ("started_at");