CREATE TABLE "contact_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"offer_id" text,
	"channel" text NOT NULL,
	"outcome" text NOT NULL,
	"outcome_text" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp(3) with time zone NOT NULL,
	"recorded_at" timestamp(3) with time zone NOT NULL,
	"by_staff_id" text NOT NULL,
	CONSTRAINT "contact_attempts_channel" CHECK ("contact_attempts"."channel" in ('phone', 'sms', 'email', 'letter')),
	CONSTRAINT "contact_attempts_outcome" CHECK ("contact_attempts"."outcome" in ('no_answer', 'left_message', 'spoke', 'accepted_by_phone', 'declined_by_phone', 'wrong_number', 'letter_sent', 'other')),
	CONSTRAINT "contact_attempts_other_text" CHECK (("contact_attempts"."outcome" = 'other') = ("contact_attempts"."outcome_text" <> '')),
	CONSTRAINT "contact_attempts_note_length" CHECK (char_length("contact_attempts"."note") <= 300),
	CONSTRAINT "contact_attempts_not_future" CHECK ("contact_attempts"."at" <= "contact_attempts"."recorded_at" + interval '1 minute')
);
--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "camden_signpost" text DEFAULT 'This course is for Islington patients. Signpost the person to Camden’s MSK pain services, which they can reach by self-referral or through their GP.' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "other_area_signpost" text DEFAULT 'This course is only for patients registered with a GP in Islington. Suggest the person asks their GP about pain services in their own area.' NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_by_staff_id_staff_accounts_id_fk" FOREIGN KEY ("by_staff_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_id_referral" UNIQUE("id","referral_id");--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_offer_of_referral" FOREIGN KEY ("offer_id","referral_id") REFERENCES "public"."offers"("id","referral_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_attempts_referral" ON "contact_attempts" USING btree ("referral_id");--> statement-breakpoint
-- The contact log is a domain table: its changes raise data_version like the others (0006).
CREATE TRIGGER "contact_attempts_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "contact_attempts" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
