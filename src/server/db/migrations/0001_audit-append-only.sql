-- The audit trail is append-only in the database itself, not only in the code that writes it:
-- any UPDATE, DELETE or TRUNCATE fails, whoever sends it (the app role, a console, a bug).
-- Each statement is separated by a breakpoint: PGlite runs one statement per query.
CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
--> statement-breakpoint
-- The chain's head starts empty: the first entry's prev_hash is 64 zeros (audit-chain.ts).
INSERT INTO "audit_head" ("id", "last_id", "last_hash")
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
