CREATE TYPE "public"."channel_status" AS ENUM('active', 'winding_down', 'closed');--> statement-breakpoint
CREATE TYPE "public"."inventory_format" AS ENUM('intune', 'generic');--> statement-breakpoint
CREATE TYPE "public"."inventory_import_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."inventory_match_kind" AS ENUM('identifier', 'name');--> statement-breakpoint
CREATE TABLE "inventory_device" (
	"import_id" integer NOT NULL,
	"device_id" text NOT NULL,
	"device_name" text,
	"owner_email" text,
	"user_id" uuid,
	"platform" text,
	"os_version" text,
	CONSTRAINT "inventory_device_import_id_device_id_pk" PRIMARY KEY("import_id","device_id")
);
--> statement-breakpoint
CREATE TABLE "inventory_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"format" "inventory_format" NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text,
	"byte_size" bigint DEFAULT 0 NOT NULL,
	"status" "inventory_import_status" DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"row_count" integer,
	"device_count" integer,
	"match_count" integer,
	"problems" jsonb,
	"list_version_id" integer,
	"managed_device_total" integer,
	"violating_device_count" integer,
	"violation_count" integer,
	"exempted_count" integer,
	"unknown_count" integer,
	"started_by_id" uuid,
	"started_by_name" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inventory_match" (
	"import_id" integer NOT NULL,
	"device_id" text NOT NULL,
	"app_id" integer NOT NULL,
	"app_name" text NOT NULL,
	"match_kind" "inventory_match_kind" NOT NULL,
	"installed_key" text,
	"installed_name" text,
	"installed_publisher" text,
	CONSTRAINT "inventory_match_import_id_device_id_app_id_pk" PRIMARY KEY("import_id","device_id","app_id")
);
--> statement-breakpoint
CREATE TABLE "inventory_removal_request" (
	"import_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"outbox_message_id" integer,
	"requested_by_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_removal_request_import_id_user_id_pk" PRIMARY KEY("import_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inventory_staging" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"application_key" text,
	"application_name" text,
	"application_publisher" text,
	"application_short_version" text,
	"application_version" text,
	"device_id" text,
	"device_name" text,
	"email_address" text,
	"os_description" text,
	"os_version" text,
	"platform" text,
	"user_id" text,
	"user_name" text
);
--> statement-breakpoint
CREATE TABLE "communication_channel" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"account" text NOT NULL,
	"url" text,
	"department_id" integer,
	"app_id" integer,
	"status" "channel_status" DEFAULT 'active' NOT NULL,
	"closed_on" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communication_channel_closed_date" CHECK (("communication_channel"."status" = 'closed') = ("communication_channel"."closed_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "managed_device_total" integer;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "managed_device_total_set_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "session_idle_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "session_absolute_hours" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "user_session" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "user_session" ADD COLUMN "last_active_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_device" ADD CONSTRAINT "inventory_device_import_id_inventory_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."inventory_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_device" ADD CONSTRAINT "inventory_device_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_import" ADD CONSTRAINT "inventory_import_list_version_id_list_version_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."list_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_import" ADD CONSTRAINT "inventory_import_started_by_id_app_user_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_match" ADD CONSTRAINT "inventory_match_import_id_inventory_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."inventory_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_removal_request" ADD CONSTRAINT "inventory_removal_request_import_id_inventory_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."inventory_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_removal_request" ADD CONSTRAINT "inventory_removal_request_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_removal_request" ADD CONSTRAINT "inventory_removal_request_requested_by_id_app_user_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_channel" ADD CONSTRAINT "communication_channel_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_channel" ADD CONSTRAINT "communication_channel_app_id_app_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."app"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inventory_device_user_idx" ON "inventory_device" USING btree ("import_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inventory_import_one_running" ON "inventory_import" USING btree ("status") WHERE "inventory_import"."status" = 'running';--> statement-breakpoint
CREATE INDEX "inventory_import_finished_idx" ON "inventory_import" USING btree ("status","finished_at");--> statement-breakpoint
CREATE INDEX "inventory_match_app_idx" ON "inventory_match" USING btree ("import_id","app_id");--> statement-breakpoint
CREATE UNIQUE INDEX "communication_channel_account_unique" ON "communication_channel" USING btree (lower("platform"),lower("account"));--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_managed_devices" CHECK ("organisation"."managed_device_total" is null or "organisation"."managed_device_total" > 0);--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_session_idle" CHECK ("organisation"."session_idle_minutes" between 5 and 480);--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_session_absolute" CHECK ("organisation"."session_absolute_hours" between 1 and 24);