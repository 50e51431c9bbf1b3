CREATE TYPE "public"."app_source" AS ENUM('vng_top', 'vng_other', 'own_finding');--> statement-breakpoint
CREATE TYPE "public"."audit_result" AS ENUM('success', 'denied', 'failure');--> statement-breakpoint
CREATE TYPE "public"."measure" AS ENUM('banned', 'discouraged');--> statement-breakpoint
CREATE TYPE "public"."risk_group" AS ENUM('executive', 'senior', 'security_sensitive', 'standard');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('medewerker', 'raadslid', 'griffie', 'ciso', 'beheerder');--> statement-breakpoint
CREATE TABLE "department" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"website_url" text,
	"council_answer_term_days" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_single_row" CHECK ("organisation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "login_attempt" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_invitation" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "user_invitation_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"roles" "role"[] DEFAULT '{medewerker}'::role[] NOT NULL,
	"department_id" integer,
	"risk_group" "risk_group" DEFAULT 'standard' NOT NULL,
	"job_title" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deactivated_at" timestamp with time zone,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "app" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"vendor_id" integer NOT NULL,
	"category" text NOT NULL,
	"measure" "measure" NOT NULL,
	"source" "app_source" NOT NULL,
	"source_note" text,
	"ios_bundle_id" text,
	"ios_id_source" text,
	"ios_verified_by_id" uuid,
	"ios_verified_at" timestamp with time zone,
	"android_package" text,
	"android_id_source" text,
	"android_verified_by_id" uuid,
	"android_verified_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_reason" text
);
--> statement-breakpoint
CREATE TABLE "country" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" char(2) NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"listed_on" date NOT NULL,
	"next_review_on" date NOT NULL,
	"delisted_on" date,
	"delist_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "country_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "list_version_app" (
	"version_id" integer NOT NULL,
	"app_id" integer NOT NULL,
	"name" text NOT NULL,
	"vendor_name" text NOT NULL,
	"country_code" char(2) NOT NULL,
	"country_name" text NOT NULL,
	"category" text NOT NULL,
	"measure" "measure" NOT NULL,
	"source" "app_source" NOT NULL,
	"ios_bundle_id" text,
	"ios_verified" boolean NOT NULL,
	"android_package" text,
	"android_verified" boolean NOT NULL,
	CONSTRAINT "list_version_app_version_id_app_id_pk" PRIMARY KEY("version_id","app_id")
);
--> statement-breakpoint
CREATE TABLE "list_version_country" (
	"version_id" integer NOT NULL,
	"country_id" integer NOT NULL,
	"code" char(2) NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"listed_on" date NOT NULL,
	"next_review_on" date NOT NULL,
	CONSTRAINT "list_version_country_version_id_country_id_pk" PRIMARY KEY("version_id","country_id")
);
--> statement-breakpoint
CREATE TABLE "list_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_id" uuid,
	"published_by_name" text NOT NULL,
	"note" text NOT NULL,
	"changelog" jsonb NOT NULL,
	CONSTRAINT "list_version_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "vendor" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country_id" integer NOT NULL,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"result" "audit_result" NOT NULL,
	"ip" text,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_event_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "user_invitation" ADD CONSTRAINT "user_invitation_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app" ADD CONSTRAINT "app_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app" ADD CONSTRAINT "app_ios_verified_by_id_app_user_id_fk" FOREIGN KEY ("ios_verified_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app" ADD CONSTRAINT "app_android_verified_by_id_app_user_id_fk" FOREIGN KEY ("android_verified_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_version_app" ADD CONSTRAINT "list_version_app_version_id_list_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_version_country" ADD CONSTRAINT "list_version_country_version_id_list_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_version" ADD CONSTRAINT "list_version_published_by_id_app_user_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor" ADD CONSTRAINT "vendor_country_id_country_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."country"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_attempt_email_idx" ON "login_attempt" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempt_ip_idx" ON "login_attempt" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_email_unique" ON "app_user" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "app_ios_unique" ON "app" USING btree (lower("ios_bundle_id")) WHERE "app"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "app_android_unique" ON "app" USING btree (lower("android_package")) WHERE "app"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "app_name_vendor_unique" ON "app" USING btree (lower("name"),"vendor_id") WHERE "app"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "app_vendor_idx" ON "app" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_name_unique" ON "vendor" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "audit_event_at_idx" ON "audit_event" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_event_object_idx" ON "audit_event" USING btree ("object_type","object_id");