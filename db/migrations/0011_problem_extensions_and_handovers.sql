ALTER TYPE "public"."problem_update_kind" ADD VALUE 'EXTENSION';--> statement-breakpoint
ALTER TYPE "public"."problem_update_kind" ADD VALUE 'HANDOVER';--> statement-breakpoint
ALTER TABLE "problem_updates" ADD COLUMN "from_due_on" date;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD COLUMN "to_due_on" date;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD COLUMN "from_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD COLUMN "to_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "race_rows" ADD COLUMN "problem_extensions" integer;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD CONSTRAINT "problem_updates_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_updates" ADD CONSTRAINT "problem_updates_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problem_updates_kind_at_idx" ON "problem_updates" USING btree ("kind","at");