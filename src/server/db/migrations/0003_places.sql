-- Rules about places that concurrency could break, kept by the database whatever the code
-- does: no cohort holds more places than its capacity, a capacity is never lowered below the
-- places already held, and nobody holds two current places. The domain commands check the same
-- first and say why in words; these raise P0001 with a message the server maps to the same
-- refusal (src/server/routes/write-context.ts). A place is held by an enrolment that is
-- offered, confirmed, active or completed (src/domain/enrolment.ts PLACE_HOLDING).
--
-- The triggers run AFTER each row, so they see the whole statement's rows (a transfer leaves
-- one cohort and joins another in one upsert). They lock the parent row with FOR NO KEY UPDATE,
-- not FOR UPDATE: the foreign key's own check already holds FOR KEY SHARE on it, which FOR
-- UPDATE would wait on, so two concurrent enrolments into one cohort would deadlock. NO KEY
-- UPDATE still queues them one after another, and each count, a new statement, sees what the
-- one before committed. Each statement is separated by a breakpoint: PGlite runs one per query.
CREATE FUNCTION "enrolments_within_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  places integer;
  held integer;
BEGIN
  IF NEW.status NOT IN ('offered', 'confirmed', 'active', 'completed') THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.cohort_id = NEW.cohort_id
    AND OLD.status IN ('offered', 'confirmed', 'active', 'completed') THEN
    RETURN NULL;
  END IF;
  SELECT capacity INTO places FROM "cohorts" WHERE id = NEW.cohort_id FOR NO KEY UPDATE;
  SELECT count(*) INTO held FROM "enrolments"
    WHERE cohort_id = NEW.cohort_id AND status IN ('offered', 'confirmed', 'active', 'completed');
  IF held > places THEN
    RAISE EXCEPTION 'cohort_full' USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "enrolments_within_capacity" AFTER INSERT OR UPDATE OF status, cohort_id
  ON "enrolments" FOR EACH ROW EXECUTE FUNCTION "enrolments_within_capacity"();
--> statement-breakpoint
-- The message carries the count, so the refusal can say it as the domain does.
CREATE FUNCTION "cohorts_capacity_covers_places"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  held integer;
BEGIN
  SELECT count(*) INTO held FROM "enrolments"
    WHERE cohort_id = NEW.id AND status IN ('offered', 'confirmed', 'active', 'completed');
  IF held > NEW.capacity THEN
    RAISE EXCEPTION 'capacity_below_places %', held USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "cohorts_capacity_covers_places" AFTER UPDATE OF capacity ON "cohorts"
  FOR EACH ROW WHEN (NEW.capacity < OLD.capacity)
  EXECUTE FUNCTION "cohorts_capacity_covers_places"();
--> statement-breakpoint
-- One current place per person (DOMAIN.md), as src/domain/commands/places.ts `currentPlace`
-- says it: another place-holding enrolment in the same cohort, or in one still planned or
-- running, where a cohort's status follows its dates (src/domain/lifecycle.ts): cancelled
-- stays cancelled; with scheduled sessions it is over after the last one (London's date);
-- without any, its stored status stands. A place in a cancelled or finished cohort does not
-- stop a new one, which is why this is a trigger and not a unique index.
CREATE FUNCTION "cohort_is_open"(cohort text, today date) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT c.status <> 'cancelled' AND CASE
      WHEN last.day IS NULL THEN c.status IN ('planned', 'running')
      ELSE last.day >= today
    END
  FROM "cohorts" c,
    LATERAL (SELECT max(s.date) AS day FROM "course_sessions" s
      WHERE s.cohort_id = c.id AND s.status = 'scheduled') last
  WHERE c.id = cohort
$$;
--> statement-breakpoint
CREATE FUNCTION "enrolments_one_place_per_person"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  today date := (now() AT TIME ZONE 'Europe/London')::date;
BEGIN
  IF NEW.status NOT IN ('offered', 'confirmed', 'active', 'completed') THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.cohort_id = NEW.cohort_id
    AND OLD.status IN ('offered', 'confirmed', 'active', 'completed') THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "participants" WHERE id = NEW.participant_id FOR NO KEY UPDATE;
  IF EXISTS (
    SELECT 1 FROM "enrolments" e
    WHERE e.participant_id = NEW.participant_id AND e.id <> NEW.id
      AND e.status IN ('offered', 'confirmed', 'active', 'completed')
      AND (e.cohort_id = NEW.cohort_id OR "cohort_is_open"(e.cohort_id, today))
  ) THEN
    RAISE EXCEPTION 'already_enrolled' USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "enrolments_one_place_per_person" AFTER INSERT OR UPDATE OF status, cohort_id
  ON "enrolments" FOR EACH ROW EXECUTE FUNCTION "enrolments_one_place_per_person"();
--> statement-breakpoint
-- The service's settings exist from the start (DOMAIN.md defaults), seeded or not.
INSERT INTO "service_settings"
  ("id", "absence_threshold", "late_join_cutoff_session", "completion_min_sessions", "version")
  VALUES (1, 2, 3, 6, 1);
