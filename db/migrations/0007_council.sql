CREATE TYPE "public"."council_seat" AS ENUM('raadslid', 'burgerraadslid', 'college');--> statement-breakpoint
CREATE TYPE "public"."decision_status" AS ENUM('in_progress', 'completed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."link_kind" AS ENUM('council_question', 'decision', 'memo', 'policy_version');--> statement-breakpoint
CREATE TYPE "public"."memo_audience" AS ENUM('staff', 'council', 'citizen_council', 'college');--> statement-breakpoint
CREATE TABLE "memo_read" (
	"memo_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memo_read_memo_id_user_id_pk" PRIMARY KEY("memo_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "memo" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" integer,
	"subject" text NOT NULL,
	"sender" text NOT NULL,
	"memo_date" date NOT NULL,
	"audiences" "memo_audience"[] DEFAULT '{}'::memo_audience[] NOT NULL,
	"body" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_details" text,
	"list_version_id" integer,
	"corrects_memo_id" integer,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by_id" uuid,
	"published_by_name" text,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(subject, '')), 'A') || setweight(to_tsvector('dutch', coalesce(body, '')), 'B')) STORED,
	CONSTRAINT "memo_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "decision_attachment" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_id" integer NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_milestone" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date NOT NULL,
	"done_on" date,
	"evidence_memo_id" integer,
	"evidence_policy_version_id" integer,
	"evidence_list_version_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_milestone_one_evidence" CHECK (num_nonnulls("decision_milestone"."evidence_memo_id", "decision_milestone"."evidence_policy_version_id", "decision_milestone"."evidence_list_version_id") <= 1)
);
--> statement-breakpoint
CREATE TABLE "council_decision" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"decided_on" date NOT NULL,
	"subject" text NOT NULL,
	"decision_points" text NOT NULL,
	"arguments" text DEFAULT '' NOT NULL,
	"considerations" text DEFAULT '' NOT NULL,
	"finances" text DEFAULT '' NOT NULL,
	"communication" text DEFAULT '' NOT NULL,
	"status" "decision_status" DEFAULT 'in_progress' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(number, '') || ' ' || coalesce(subject, '')), 'A') || setweight(to_tsvector('dutch', coalesce(decision_points, '') || ' ' || coalesce(arguments, '') || ' ' || coalesce(considerations, '') || ' ' || coalesce(finances, '') || ' ' || coalesce(communication, '')), 'B')) STORED,
	CONSTRAINT "council_decision_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "council_question_delay" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_id" integer NOT NULL,
	"notice_on" date NOT NULL,
	"new_due_on" date NOT NULL,
	"reason" text NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_question_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_id" integer NOT NULL,
	"number" integer NOT NULL,
	"question" text NOT NULL,
	"answer" text,
	"answered_by_id" uuid,
	"answered_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(question, '')), 'B') || setweight(to_tsvector('dutch', coalesce(answer, '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "council_question" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"subject" text NOT NULL,
	"submitters" text[] NOT NULL,
	"faction" text NOT NULL,
	"question_type" text DEFAULT 'schriftelijke vragen' NOT NULL,
	"received_on" date NOT NULL,
	"rules_article" text NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"answer_term_days" integer NOT NULL,
	"registered_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer_letter_date" date,
	"signatories" text[] DEFAULT '{}'::text[] NOT NULL,
	"answer_published_at" timestamp with time zone,
	"answer_published_by_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(reference, '') || ' ' || coalesce(subject, '')), 'A') || setweight(to_tsvector('dutch', coalesce(faction, '') || ' ' || coalesce(introduction, '')), 'B')) STORED,
	CONSTRAINT "council_question_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "cross_reference" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_kind" "link_kind" NOT NULL,
	"from_id" integer NOT NULL,
	"to_kind" "link_kind" NOT NULL,
	"to_id" integer NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cross_reference_not_self" CHECK (("cross_reference"."from_kind", "cross_reference"."from_id") <> ("cross_reference"."to_kind", "cross_reference"."to_id"))
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "council_seat" "council_seat";--> statement-breakpoint
ALTER TABLE "memo_read" ADD CONSTRAINT "memo_read_memo_id_memo_id_fk" FOREIGN KEY ("memo_id") REFERENCES "public"."memo"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memo_read" ADD CONSTRAINT "memo_read_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memo" ADD CONSTRAINT "memo_list_version_id_list_version_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."list_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memo" ADD CONSTRAINT "memo_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memo" ADD CONSTRAINT "memo_published_by_id_app_user_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_attachment" ADD CONSTRAINT "decision_attachment_decision_id_council_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."council_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_attachment" ADD CONSTRAINT "decision_attachment_uploaded_by_id_app_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_milestone" ADD CONSTRAINT "decision_milestone_decision_id_council_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."council_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_milestone" ADD CONSTRAINT "decision_milestone_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_milestone" ADD CONSTRAINT "decision_milestone_evidence_memo_id_memo_id_fk" FOREIGN KEY ("evidence_memo_id") REFERENCES "public"."memo"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_milestone" ADD CONSTRAINT "decision_milestone_evidence_policy_version_id_policy_version_id_fk" FOREIGN KEY ("evidence_policy_version_id") REFERENCES "public"."policy_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_milestone" ADD CONSTRAINT "decision_milestone_evidence_list_version_id_list_version_id_fk" FOREIGN KEY ("evidence_list_version_id") REFERENCES "public"."list_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decision" ADD CONSTRAINT "council_decision_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_question_delay" ADD CONSTRAINT "council_question_delay_question_id_council_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."council_question"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_question_delay" ADD CONSTRAINT "council_question_delay_recorded_by_id_app_user_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_question_item" ADD CONSTRAINT "council_question_item_question_id_council_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."council_question"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_question_item" ADD CONSTRAINT "council_question_item_answered_by_id_app_user_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_question" ADD CONSTRAINT "council_question_registered_by_id_app_user_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_question" ADD CONSTRAINT "council_question_answer_published_by_id_app_user_id_fk" FOREIGN KEY ("answer_published_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_reference" ADD CONSTRAINT "cross_reference_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memo_read_user_idx" ON "memo_read" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "memo_search_idx" ON "memo" USING gin ("search");--> statement-breakpoint
CREATE INDEX "memo_published_idx" ON "memo" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "decision_attachment_decision_idx" ON "decision_attachment" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_milestone_decision_idx" ON "decision_milestone" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "council_decision_search_idx" ON "council_decision" USING gin ("search");--> statement-breakpoint
CREATE INDEX "council_decision_date_idx" ON "council_decision" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "council_question_delay_question_idx" ON "council_question_delay" USING btree ("question_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "council_question_item_number" ON "council_question_item" USING btree ("question_id","number");--> statement-breakpoint
CREATE INDEX "council_question_item_search_idx" ON "council_question_item" USING gin ("search");--> statement-breakpoint
CREATE INDEX "council_question_search_idx" ON "council_question" USING gin ("search");--> statement-breakpoint
CREATE INDEX "council_question_received_idx" ON "council_question" USING btree ("received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cross_reference_pair" ON "cross_reference" USING btree ("from_kind","from_id","to_kind","to_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cross_reference_to_idx" ON "cross_reference" USING btree ("to_kind","to_id","from_kind","from_id");