CREATE TYPE "public"."role_change_kind" AS ENUM('roles', 'activation_link');--> statement-breakpoint
CREATE TYPE "public"."role_change_status" AS ENUM('pending', 'approved', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TABLE "audit_checkpoint" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_refusal_tally" (
	"ip" text NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"event_id" bigint NOT NULL,
	"repeats" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "audit_refusal_tally_ip_minute_pk" PRIMARY KEY("ip","minute")
);
--> statement-breakpoint
CREATE TABLE "role_change_request" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "role_change_kind" NOT NULL,
	"user_id" uuid NOT NULL,
	"roles" "role"[],
	"reason" text NOT NULL,
	"status" "role_change_status" DEFAULT 'pending' NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "user_notice" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "login_attempt" ALTER COLUMN "succeeded" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "login_attempt" ADD COLUMN "device_id" text;--> statement-breakpoint
ALTER TABLE "list_version" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "role_change_request" ADD CONSTRAINT "role_change_request_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_change_request" ADD CONSTRAINT "role_change_request_requested_by_id_app_user_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_change_request" ADD CONSTRAINT "role_change_request_decided_by_id_app_user_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_notice" ADD CONSTRAINT "user_notice_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_checkpoint_event_idx" ON "audit_checkpoint" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_change_request_one_pending" ON "role_change_request" USING btree ("user_id") WHERE "role_change_request"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "role_change_request_status_idx" ON "role_change_request" USING btree ("status","requested_at");--> statement-breakpoint
CREATE INDEX "user_notice_user_idx" ON "user_notice" USING btree ("user_id","seen_at");--> statement-breakpoint
CREATE INDEX "login_attempt_device_idx" ON "login_attempt" USING btree ("device_id","at");