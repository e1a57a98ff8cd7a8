-- A search of the waiting list too short for a trigram (one or two letters) must still read
-- every entry on the list to count its matches. This partial index holds what that reads (the
-- name as searched, and the names and NHS number as INCLUDE columns, which Drizzle's schema
-- cannot say), so the count is an index-only scan of a few MB instead of the whole table.
CREATE INDEX "referrals_open_search" ON "referrals" USING btree (lower("given_name" || ' ' || "family_name")) INCLUDE ("given_name", "family_name", "nhs_number") WHERE "referrals"."status" in ('waiting', 'offered');
