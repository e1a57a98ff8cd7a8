ALTER TABLE "service_settings" ADD COLUMN "temporary_password_hours" integer DEFAULT 72 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "temporary_password_set_at" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_temporary_password_hours" CHECK ("service_settings"."temporary_password_hours" between 1 and 168);--> statement-breakpoint
-- When a temporary password was set, whoever writes it (the write model, an admin command or
-- a script): a new hash with must_change_password stamps the time; choosing one's own clears it.
CREATE FUNCTION "staff_temporary_password_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW.must_change_password THEN
    NEW.temporary_password_set_at := NULL;
  ELSIF TG_OP = 'INSERT' OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
      OR NOT OLD.must_change_password THEN
    NEW.temporary_password_set_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "staff_temporary_password_stamp" BEFORE INSERT OR UPDATE OF "password_hash", "must_change_password"
  ON "staff_accounts" FOR EACH ROW EXECUTE FUNCTION "staff_temporary_password_stamp"();
