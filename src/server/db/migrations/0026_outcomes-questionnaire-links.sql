ALTER TABLE "contact_attempts" DROP CONSTRAINT "contact_attempts_notify_message";--> statement-breakpoint
ALTER TABLE "participant_links" DROP CONSTRAINT "participant_links_purpose";--> statement-breakpoint
ALTER TABLE "participant_links" ADD COLUMN "draft" jsonb;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_notify_message" CHECK ("contact_attempts"."channel" = 'link' or (("contact_attempts"."by_staff_id" is null) = ("contact_attempts"."delivery_status" is not null)
        and ("contact_attempts"."by_staff_id" is not null or ("contact_attempts"."channel" in ('sms', 'email')
          and "contact_attempts"."outcome" in ('message_sent', 'message_not_sent')
          and ("contact_attempts"."notify_message_id" is not null) = ("contact_attempts"."outcome" = 'message_sent')
          and ("contact_attempts"."delivery_status" = 'not-sent') = ("contact_attempts"."outcome" = 'message_not_sent')))
        and ("contact_attempts"."by_staff_id" is null or "contact_attempts"."notify_message_id" is null)
        and "contact_attempts"."outcome" not in ('accepted_by_link', 'declined_by_link')));--> statement-breakpoint
ALTER TABLE "participant_links" ADD CONSTRAINT "participant_links_purpose" CHECK ("participant_links"."purpose" in ('offer_reply', 'cannot_attend', 'questionnaire'));