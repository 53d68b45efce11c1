-- Migrations run in one transaction: the figures triggers (0005) queued by earlier data changes
-- fire now, as a table with queued trigger events cannot be altered.
SET CONSTRAINTS ALL IMMEDIATE;--> statement-breakpoint
CREATE TABLE "node_template_nodes" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"months" integer NOT NULL,
	"stage" "stage",
	"sort_order" integer NOT NULL,
	CONSTRAINT "node_template_nodes_kind_key_pk" PRIMARY KEY("kind","key"),
	CONSTRAINT "node_template_nodes_months_range" CHECK ("node_template_nodes"."months" BETWEEN 0 AND 120),
	CONSTRAINT "node_template_nodes_name_not_blank" CHECK (btrim("node_template_nodes"."name") <> ''),
	CONSTRAINT "node_template_nodes_settling_stage" CHECK ("node_template_nodes"."stage" NOT IN ('NEGOTIATING', 'TERMINATED'))
);
--> statement-breakpoint
CREATE TABLE "node_templates" (
	"kind" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "node_templates_kind_code" CHECK ("node_templates"."kind" ~ '^[A-Z][A-Z0-9_]{1,31}$'),
	CONSTRAINT "node_templates_name_not_blank" CHECK (btrim("node_templates"."name") <> '')
);
--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "settled_by_stage" "stage";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "kind" text DEFAULT 'NEW_BUILD' NOT NULL;--> statement-breakpoint
ALTER TABLE "node_template_nodes" ADD CONSTRAINT "node_template_nodes_kind_node_templates_kind_fk" FOREIGN KEY ("kind") REFERENCES "public"."node_templates"("kind") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_templates" ADD CONSTRAINT "node_templates_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "node_template_nodes_stage_key" ON "node_template_nodes" USING btree ("kind","stage") WHERE "node_template_nodes"."stage" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "node_templates_name_key" ON "node_templates" USING btree ("name");--> statement-breakpoint
-- The kinds a project can be and their nodes (SPEC 4.2). 新建 holds the standard nodes every project
-- signed so far was given, so released projects are 新建 and keep their nodes as they are.
INSERT INTO "node_templates" ("kind", "name", "sort_order") VALUES
  ('NEW_BUILD', '新建', 10),
  ('TECH_UPGRADE', '技改', 20),
  ('EXPANSION', '增资扩产', 30);--> statement-breakpoint
INSERT INTO "node_template_nodes" ("kind", "key", "name", "months", "stage", "sort_order") VALUES
  ('NEW_BUILD', 'SIGNING', '项目签约', 0, 'SIGNED', 0),
  ('NEW_BUILD', 'COMPANY_REGISTERED', '公司注册', 1, NULL, 10),
  ('NEW_BUILD', 'LAND_ACQUIRED', '土地摘牌 / 供地', 3, NULL, 20),
  ('NEW_BUILD', 'PROJECT_FILED', '立项备案', 4, NULL, 30),
  ('NEW_BUILD', 'ENV_ENERGY_APPROVED', '环评 / 能评批复', 5, NULL, 40),
  ('NEW_BUILD', 'CONSTRUCTION_PERMIT', '施工许可', 6, NULL, 50),
  ('NEW_BUILD', 'CONSTRUCTION_STARTED', '开工建设', 6, 'UNDER_CONSTRUCTION', 60),
  ('NEW_BUILD', 'STRUCTURE_TOPPED', '主体结顶', 14, NULL, 70),
  ('NEW_BUILD', 'ACCEPTED', '竣工验收', 20, 'ACCEPTED', 80),
  ('NEW_BUILD', 'PRODUCTION_STARTED', '投产', 24, 'IN_PRODUCTION', 90),
  ('NEW_BUILD', 'AT_CAPACITY', '达产', 36, 'AT_CAPACITY', 100),
  ('TECH_UPGRADE', 'SIGNING', '项目签约', 0, 'SIGNED', 0),
  ('TECH_UPGRADE', 'PROJECT_FILED', '立项备案', 1, NULL, 10),
  ('TECH_UPGRADE', 'ENV_ENERGY_APPROVED', '环评 / 能评批复', 2, NULL, 20),
  ('TECH_UPGRADE', 'CONSTRUCTION_STARTED', '开工建设', 3, 'UNDER_CONSTRUCTION', 30),
  ('TECH_UPGRADE', 'EQUIPMENT_INSTALLED', '设备安装调试', 8, NULL, 40),
  ('TECH_UPGRADE', 'ACCEPTED', '竣工验收', 10, 'ACCEPTED', 50),
  ('TECH_UPGRADE', 'PRODUCTION_STARTED', '投产', 12, 'IN_PRODUCTION', 60),
  ('TECH_UPGRADE', 'AT_CAPACITY', '达产', 18, 'AT_CAPACITY', 70),
  ('EXPANSION', 'SIGNING', '项目签约', 0, 'SIGNED', 0),
  ('EXPANSION', 'CAPITAL_REGISTERED', '增资变更登记', 1, NULL, 10),
  ('EXPANSION', 'LAND_ACQUIRED', '土地摘牌 / 供地', 3, NULL, 20),
  ('EXPANSION', 'PROJECT_FILED', '立项备案', 4, NULL, 30),
  ('EXPANSION', 'ENV_ENERGY_APPROVED', '环评 / 能评批复', 5, NULL, 40),
  ('EXPANSION', 'CONSTRUCTION_PERMIT', '施工许可', 6, NULL, 50),
  ('EXPANSION', 'CONSTRUCTION_STARTED', '开工建设', 6, 'UNDER_CONSTRUCTION', 60),
  ('EXPANSION', 'ACCEPTED', '竣工验收', 15, 'ACCEPTED', 70),
  ('EXPANSION', 'PRODUCTION_STARTED', '投产', 18, 'IN_PRODUCTION', 80),
  ('EXPANSION', 'AT_CAPACITY', '达产', 30, 'AT_CAPACITY', 90);--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_kind_node_templates_kind_fk" FOREIGN KEY ("kind") REFERENCES "public"."node_templates"("kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Each released node settles by the stage the one template gave it (last: the update queues the
-- figures triggers again).
UPDATE "milestones" SET "settled_by_stage" = CASE "key"
    WHEN 'SIGNING' THEN 'SIGNED'::"stage"
    WHEN 'CONSTRUCTION_STARTED' THEN 'UNDER_CONSTRUCTION'::"stage"
    WHEN 'ACCEPTED' THEN 'ACCEPTED'::"stage"
    WHEN 'PRODUCTION_STARTED' THEN 'IN_PRODUCTION'::"stage"
    WHEN 'AT_CAPACITY' THEN 'AT_CAPACITY'::"stage"
  END
  WHERE "key" IN ('SIGNING', 'CONSTRUCTION_STARTED', 'ACCEPTED', 'PRODUCTION_STARTED', 'AT_CAPACITY');
