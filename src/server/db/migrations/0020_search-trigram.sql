-- Text search of the waiting list by trigram: a name or NHS number containing the words is
-- found through these indexes (LIKE '%words%'), not by reading every entry. pg_trgm is a
-- trusted extension (the database owner may create it); the embedded database loads it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "referrals_name_trgm" ON "referrals" USING gin (lower("given_name" || ' ' || "family_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "referrals_nhs_number_trgm" ON "referrals" USING gin ("nhs_number" gin_trgm_ops);