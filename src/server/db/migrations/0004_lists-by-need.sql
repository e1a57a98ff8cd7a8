CREATE INDEX "referrals_open_priority" ON "referrals" USING btree ("urgent" DESC NULLS FIRST,"referral_date","id" collate "C") WHERE "referrals"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "referrals_participant" ON "referrals" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "referrals_nhs_number" ON "referrals" USING btree ("nhs_number");