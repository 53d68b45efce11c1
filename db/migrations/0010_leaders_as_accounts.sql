ALTER TABLE "projects" ADD COLUMN "responsible_leader_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "service_officer_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_responsible_leader_id_users_id_fk" FOREIGN KEY ("responsible_leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_service_officer_id_users_id_fk" FOREIGN KEY ("service_officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_responsible_leader_idx" ON "projects" USING btree ("responsible_leader_id");--> statement-breakpoint
-- 包联领导 carried forward: a project whose free text names exactly one active LEADER account is
-- linked to it; the rest stay as text, listed for ADMIN to resolve.
UPDATE "projects" p SET "responsible_leader_id" = m.leader_id
FROM (
  SELECT q.id AS project_id, (array_agg(u.id))[1] AS leader_id, count(*) AS n
  FROM "projects" q
  JOIN "users" u ON u.role = 'LEADER' AND u.active AND btrim(u.display_name) <> ''
    AND position(btrim(u.display_name) IN q.responsible_leader) > 0
  GROUP BY q.id
) m
WHERE m.project_id = p.id AND m.n = 1 AND p.responsible_leader_id IS NULL;
