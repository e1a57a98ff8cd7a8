-- Every transaction that changes a record the domain reads raises data_version.version once
-- per statement, whoever makes the change (a command, the demo reset, a seed, an operator in
-- psql), so a server that kept the records it last read can tell they are still current
-- (src/server/db/snapshot-cache.ts). Staff accounts are left out: the server reads them afresh.
INSERT INTO "data_version" ("id", "database_id", "version")
  VALUES (1, md5(random()::text || clock_timestamp()::text), 0);
--> statement-breakpoint
CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "cohorts_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cohorts"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "cohort_facilitators_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "cohort_facilitators" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "course_sessions_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "course_sessions" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "participants_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "participants" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "enrolments_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "attendance_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "attendance" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "referrals_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "referrals" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "vacancies_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "vacancies" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "offers_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "offers" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "flag_reviews_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "flag_reviews" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "flag_contacts_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "flag_contacts" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
--> statement-breakpoint
CREATE TRIGGER "service_settings_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "service_settings" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
