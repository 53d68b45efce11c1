CREATE TABLE "bulletins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"as_of" date NOT NULL,
	"title" text NOT NULL,
	"best_case" text,
	"figures" jsonb NOT NULL,
	"file" "bytea" NOT NULL,
	"issued_by_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulletins_kind" CHECK ("bulletins"."kind" IN ('MONTHLY', 'QUARTERLY'))
);
--> statement-breakpoint
CREATE TABLE "meeting_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"project_id" uuid,
	"problem_id" uuid,
	CONSTRAINT "meeting_agenda_items_source" CHECK ("meeting_agenda_items"."source" IN ('ESCALATED', 'OVERDUE', 'RED_MAJOR', 'MANUAL')),
	CONSTRAINT "meeting_agenda_items_title_not_blank" CHECK (btrim("meeting_agenda_items"."title") <> '')
);
--> statement-breakpoint
CREATE TABLE "meeting_units" (
	"meeting_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "meeting_units_meeting_id_unit_id_pk" PRIMARY KEY("meeting_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"chair_id" uuid,
	"minutes" text,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_kind" CHECK ("meetings"."kind" IN ('DISPATCH', 'COORDINATION')),
	CONSTRAINT "meetings_title_not_blank" CHECK (btrim("meetings"."title") <> '')
);
--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "parent_problem_id" uuid;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_units" ADD CONSTRAINT "meeting_units_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_units" ADD CONSTRAINT "meeting_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulletins_period_idx" ON "bulletins" USING btree ("kind","period");--> statement-breakpoint
CREATE INDEX "meeting_agenda_items_meeting_idx" ON "meeting_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_agenda_items_problem_idx" ON "meeting_agenda_items" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "meetings_held_on_idx" ON "meetings" USING btree ("held_on");--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_parent_problem_id_problems_id_fk" FOREIGN KEY ("parent_problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problems_meeting_idx" ON "problems" USING btree ("meeting_id");