CREATE TABLE "access_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"request_id" text NOT NULL,
	"action" text NOT NULL,
	"participant_id" text NOT NULL,
	"record_id" text,
	"shown" integer
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_checkpoints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_log_participant" ON "access_log" USING btree ("participant_id","at");--> statement-breakpoint
CREATE INDEX "access_log_at" ON "access_log" USING btree ("at");--> statement-breakpoint
-- The access log and the checkpoints are append-only like the trail itself.
CREATE FUNCTION "append_only_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "access_log_append_only" BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"();
--> statement-breakpoint
CREATE TRIGGER "access_log_no_truncate" BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"();
--> statement-breakpoint
CREATE TRIGGER "audit_checkpoints_append_only" BEFORE UPDATE OR DELETE ON "audit_checkpoints"
  FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"();
--> statement-breakpoint
CREATE TRIGGER "audit_checkpoints_no_truncate" BEFORE TRUNCATE ON "audit_checkpoints"
  FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"();
--> statement-breakpoint
-- The head only moves forward: a rewind (the way to cut the chain's tail) is refused, and it
-- is never removed. The owner could still disable the trigger; the signed checkpoints catch that.
CREATE FUNCTION "audit_head_forward_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.last_id < OLD.last_id THEN
    RAISE EXCEPTION 'audit_head only moves forward: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_head_forward_only" BEFORE UPDATE OR DELETE ON "audit_head"
  FOR EACH ROW EXECUTE FUNCTION "audit_head_forward_only"();
--> statement-breakpoint
CREATE TRIGGER "audit_head_no_truncate" BEFORE TRUNCATE ON "audit_head"
  FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"();
--> statement-breakpoint
-- The only way the app role adds to the trail (grants.ts gives it no INSERT there): the
-- database numbers the entry and stamps its transaction, so no entry can be placed before
-- one already written. SECURITY DEFINER: it runs as its owner, the migrating role.
CREATE FUNCTION "audit_append"(
  p_at timestamptz, p_actor_id text, p_actor_role text, p_action text, p_entity text,
  p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text
) RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  INSERT INTO public.audit_events
    (at, actor_id, actor_role, action, entity, entity_id, before, after, request_id)
  VALUES (date_trunc('milliseconds', coalesce(p_at, now())), p_actor_id, p_actor_role,
    p_action, p_entity, p_entity_id, p_before, p_after, p_request_id)
  RETURNING id
$$;
--> statement-breakpoint
-- The only way to chain (the app role may not write audit_chain or audit_head): the caller
-- names the next committed entries and gives each one's canonical JSON (src/server/
-- canonical-json.ts, which audit:verify recomputes); this checks each is the next entry in
-- (tx, id) order below the horizon and that its text is that entry's content, hashes it onto
-- the head and moves the head. A second sequencer gets 0 at once (SKIP LOCKED). The horizon
-- is read first, before this transaction has an id of its own (docs/write-model.md).
CREATE FUNCTION "audit_chain_extend"(p_event_ids bigint[], p_texts text[])
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  horizon bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
  wanted integer := coalesce(array_length(p_event_ids, 1), 0);
  head public.audit_head%ROWTYPE;
  e public.audit_events%ROWTYPE;
  n integer := 0;
  h text;
BEGIN
  IF wanted <> coalesce(array_length(p_texts, 1), 0) THEN
    RAISE EXCEPTION 'audit_chain_extend: one text for each entry' USING ERRCODE = '22023';
  END IF;
  SELECT * INTO head FROM public.audit_head WHERE id = 1 FOR UPDATE SKIP LOCKED;
  IF NOT FOUND OR wanted = 0 THEN RETURN 0; END IF;
  FOR e IN
    SELECT * FROM public.audit_events
    WHERE (tx, id) > (head.last_tx, head.last_event_id) AND tx < horizon
    ORDER BY tx, id LIMIT wanted
  LOOP
    EXIT WHEN e.id <> p_event_ids[n + 1];
    IF p_texts[n + 1]::jsonb IS DISTINCT FROM jsonb_build_object(
      'id', e.id,
      'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'actorId', e.actor_id, 'actorRole', e.actor_role, 'action', e.action,
      'entity', e.entity, 'entityId', e.entity_id, 'before', e.before, 'after', e.after,
      'requestId', e.request_id)
    THEN
      RAISE EXCEPTION 'audit entry % is not the text given to chain', e.id USING ERRCODE = '22000';
    END IF;
    h := encode(sha256(convert_to(head.last_hash || p_texts[n + 1], 'UTF8')), 'hex');
    head.last_id := head.last_id + 1;
    INSERT INTO public.audit_chain (seq, event_id, prev_hash, hash)
      VALUES (head.last_id, e.id, head.last_hash, h);
    head.last_hash := h;
    head.last_tx := e.tx;
    head.last_event_id := e.id;
    n := n + 1;
  END LOOP;
  IF n > 0 THEN
    UPDATE public.audit_head SET last_id = head.last_id, last_hash = head.last_hash,
      last_tx = head.last_tx, last_event_id = head.last_event_id WHERE id = 1;
  END IF;
  RETURN n;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "audit_append"(timestamptz, text, text, text, text, text, jsonb, jsonb, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "audit_chain_extend"(bigint[], text[]) FROM PUBLIC;
