CREATE TABLE "todo_seen" (
	"user_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "todo_seen_user_id_item_key_pk" PRIMARY KEY("user_id","item_key")
);
--> statement-breakpoint
ALTER TABLE "todo_seen" ADD CONSTRAINT "todo_seen_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "todo_seen_seen_at_idx" ON "todo_seen" USING btree ("seen_at");