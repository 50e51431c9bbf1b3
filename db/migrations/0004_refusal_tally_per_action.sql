ALTER TABLE "audit_refusal_tally" ADD COLUMN "action" text NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_refusal_tally" DROP CONSTRAINT "audit_refusal_tally_ip_minute_pk";--> statement-breakpoint
ALTER TABLE "audit_refusal_tally" ADD CONSTRAINT "audit_refusal_tally_ip_action_minute_pk" PRIMARY KEY("ip","action","minute");
