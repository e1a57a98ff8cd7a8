-- The audit chain is sequenced after commit (docs/write-model.md): a write inserts its entries
-- unchained (an id from a sequence, its transaction's id in "tx") and the sequencer links them
-- into audit_chain in (tx, id) order once no older transaction is still running. No write
-- locks the head row any more. The entries chained so far keep their hashes: entry n of the
-- old chain is position n of the new one.
CREATE TABLE "audit_chain" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"event_id" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_event" UNIQUE("event_id"),
	CONSTRAINT "audit_chain_hash" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "audit_chain" ADD CONSTRAINT "audit_chain_event_id_audit_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."audit_events"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
INSERT INTO "audit_chain" ("seq", "event_id", "prev_hash", "hash")
  SELECT "id", "id", "prev_hash", "hash" FROM "audit_events";
--> statement-breakpoint
CREATE SEQUENCE "audit_events_id_seq" AS bigint OWNED BY "audit_events"."id";
--> statement-breakpoint
SELECT setval('audit_events_id_seq', (SELECT coalesce(max("id"), 0) + 1 FROM "audit_events"), false);
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "id" SET DEFAULT nextval('audit_events_id_seq');
--> statement-breakpoint
-- The entries already chained sort first: tx 0 (no real transaction id is 0).
ALTER TABLE "audit_events" ADD COLUMN "tx" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "tx" SET DEFAULT pg_current_xact_id()::text::bigint;
--> statement-breakpoint
CREATE INDEX "audit_events_tx" ON "audit_events" USING btree ("tx","id");
--> statement-breakpoint
ALTER TABLE "audit_head" ADD COLUMN "last_tx" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_head" ADD COLUMN "last_event_id" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
UPDATE "audit_head" SET "last_event_id" = "last_id";
--> statement-breakpoint
-- The chain is append-only in the database itself, as the trail is.
CREATE TRIGGER "audit_chain_append_only" BEFORE UPDATE OR DELETE ON "audit_chain"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_chain_no_truncate" BEFORE TRUNCATE ON "audit_chain"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
