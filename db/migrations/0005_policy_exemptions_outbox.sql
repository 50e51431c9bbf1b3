CREATE TYPE "public"."exemption_reason" AS ENUM('inspection', 'investigation', 'intelligence', 'target_group', 'other');--> statement-breakpoint
CREATE TYPE "public"."exemption_status" AS ENUM('requested', 'awaiting_second', 'approved', 'rejected', 'withdrawn', 'revoked', 'expired');--> statement-breakpoint
CREATE TABLE "outbox_message" (
	"id" serial PRIMARY KEY NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "policy_acknowledgement" (
	"id" serial PRIMARY KEY NOT NULL,
	"policy_version_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"remove_by" date NOT NULL,
	"verification_code" text NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	CONSTRAINT "policy_acknowledgement_verificationCode_unique" UNIQUE("verification_code")
);
--> statement-breakpoint
CREATE TABLE "policy_reminder" (
	"policy_version_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"step" text NOT NULL,
	"outbox_message_id" integer,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_reminder_policy_version_id_user_id_step_pk" PRIMARY KEY("policy_version_id","user_id","step")
);
--> statement-breakpoint
CREATE TABLE "policy_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" integer,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"list_version_id" integer NOT NULL,
	"effective_on" date NOT NULL,
	"acknowledge_by" date NOT NULL,
	"new_joiner_days" integer DEFAULT 14 NOT NULL,
	"audience_all_staff" boolean DEFAULT true NOT NULL,
	"audience_department_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"audience_risk_groups" "risk_group"[] DEFAULT '{}'::risk_group[] NOT NULL,
	"audience_council_with_device" boolean DEFAULT false NOT NULL,
	"stricter_measure" text,
	"stricter_risk_groups" "risk_group"[] DEFAULT '{}'::risk_group[] NOT NULL,
	"reminder_ladder" jsonb NOT NULL,
	"based_on_id" integer,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by_id" uuid,
	"published_by_name" text,
	CONSTRAINT "policy_version_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "exemption" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"app_id" integer NOT NULL,
	"app_name" text NOT NULL,
	"device" text NOT NULL,
	"reason" "exemption_reason" NOT NULL,
	"justification" text NOT NULL,
	"requested_until" date NOT NULL,
	"status" "exemption_status" DEFAULT 'requested' NOT NULL,
	"renewal_of_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_approver_id" uuid,
	"first_approved_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"conditions" text,
	"ends_on" date,
	"rejection_reason" text,
	"revoked_by_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"expired_at" timestamp with time zone,
	"expiry_reminder_sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "has_municipal_device" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_acknowledgement" ADD CONSTRAINT "policy_acknowledgement_policy_version_id_policy_version_id_fk" FOREIGN KEY ("policy_version_id") REFERENCES "public"."policy_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_acknowledgement" ADD CONSTRAINT "policy_acknowledgement_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_reminder" ADD CONSTRAINT "policy_reminder_policy_version_id_policy_version_id_fk" FOREIGN KEY ("policy_version_id") REFERENCES "public"."policy_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_reminder" ADD CONSTRAINT "policy_reminder_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_reminder" ADD CONSTRAINT "policy_reminder_outbox_message_id_outbox_message_id_fk" FOREIGN KEY ("outbox_message_id") REFERENCES "public"."outbox_message"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_version" ADD CONSTRAINT "policy_version_list_version_id_list_version_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."list_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_version" ADD CONSTRAINT "policy_version_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_version" ADD CONSTRAINT "policy_version_published_by_id_app_user_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption" ADD CONSTRAINT "exemption_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption" ADD CONSTRAINT "exemption_app_id_app_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."app"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption" ADD CONSTRAINT "exemption_first_approver_id_app_user_id_fk" FOREIGN KEY ("first_approver_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption" ADD CONSTRAINT "exemption_decided_by_id_app_user_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption" ADD CONSTRAINT "exemption_revoked_by_id_app_user_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_message_due_idx" ON "outbox_message" USING btree ("next_attempt_at") WHERE "outbox_message"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_message_created_idx" ON "outbox_message" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_acknowledgement_once" ON "policy_acknowledgement" USING btree ("policy_version_id","user_id");--> statement-breakpoint
CREATE INDEX "policy_acknowledgement_user_idx" ON "policy_acknowledgement" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_version_one_draft" ON "policy_version" USING btree ((true)) WHERE "policy_version"."published_at" is null;--> statement-breakpoint
CREATE INDEX "exemption_user_idx" ON "exemption" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "exemption_status_idx" ON "exemption" USING btree ("status","ends_on");--> statement-breakpoint
CREATE INDEX "exemption_app_idx" ON "exemption" USING btree ("app_id");