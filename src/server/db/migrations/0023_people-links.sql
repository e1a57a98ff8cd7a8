CREATE TABLE "link_failures" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "link_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp(3) with time zone NOT NULL,
	"address" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_links" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"participant_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"used_at" timestamp(3) with time zone,
	CONSTRAINT "participant_links_token_hash" UNIQUE("token_hash"),
	CONSTRAINT "participant_links_purpose" CHECK ("participant_links"."purpose" in ('offer_reply', 'cannot_attend')),
	CONSTRAINT "participant_links_token_hash_shape" CHECK ("participant_links"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "contact_attempts" DROP CONSTRAINT "contact_attempts_channel";--> statement-breakpoint
ALTER TABLE "contact_attempts" DROP CONSTRAINT "contact_attempts_outcome";--> statement-breakpoint
ALTER TABLE "contact_attempts" DROP CONSTRAINT "contact_attempts_notify_message";--> statement-breakpoint
ALTER TABLE "participant_links" ADD CONSTRAINT "participant_links_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "link_failures_address" ON "link_failures" USING btree ("address","at");--> statement-breakpoint
CREATE INDEX "link_failures_at" ON "link_failures" USING btree ("at");--> statement-breakpoint
CREATE INDEX "participant_links_subject" ON "participant_links" USING btree ("purpose","subject_id");--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_by_link" CHECK ("contact_attempts"."channel" <> 'link' or ("contact_attempts"."by_staff_id" is null and "contact_attempts"."offer_id" is not null
        and "contact_attempts"."notify_message_id" is null and "contact_attempts"."delivery_status" is null
        and "contact_attempts"."outcome" in ('accepted_by_link', 'declined_by_link')));--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_channel" CHECK ("contact_attempts"."channel" in ('phone', 'sms', 'email', 'letter', 'link'));--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_outcome" CHECK ("contact_attempts"."outcome" in ('no_answer', 'left_message', 'spoke', 'accepted_by_phone', 'declined_by_phone', 'wrong_number', 'letter_sent', 'other', 'message_sent', 'message_not_sent', 'accepted_by_link', 'declined_by_link'));--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_notify_message" CHECK ("contact_attempts"."channel" = 'link' or (("contact_attempts"."by_staff_id" is null) = ("contact_attempts"."delivery_status" is not null)
        and ("contact_attempts"."by_staff_id" is not null or ("contact_attempts"."offer_id" is not null
          and "contact_attempts"."channel" in ('sms', 'email')
          and "contact_attempts"."outcome" in ('message_sent', 'message_not_sent')
          and ("contact_attempts"."notify_message_id" is not null) = ("contact_attempts"."outcome" = 'message_sent')
          and ("contact_attempts"."delivery_status" = 'not-sent') = ("contact_attempts"."outcome" = 'message_not_sent')))
        and ("contact_attempts"."by_staff_id" is null or "contact_attempts"."notify_message_id" is null)
        and "contact_attempts"."outcome" not in ('accepted_by_link', 'declined_by_link')));