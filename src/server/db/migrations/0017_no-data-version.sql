-- Writes no longer share one counter row: every transaction that changed a record used to
-- raise data_version.version, so every write queued on that one row. The records are read
-- afresh by each request now (docs/write-model.md); dropping the function drops its triggers.
DROP FUNCTION "data_version_bump"() CASCADE;
--> statement-breakpoint
DROP TABLE "data_version" CASCADE;
