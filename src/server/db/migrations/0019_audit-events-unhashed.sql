ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_hash_unique";--> statement-breakpoint
ALTER TABLE "audit_events" DROP COLUMN "prev_hash";--> statement-breakpoint
ALTER TABLE "audit_events" DROP COLUMN "hash";