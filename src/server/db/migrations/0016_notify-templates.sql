ALTER TABLE "contact_attempts" DROP CONSTRAINT "contact_attempts_outcome";--> statement-breakpoint
ALTER TABLE "contact_attempts" ALTER COLUMN "by_staff_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "notify_message_id" text;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "delivery_status" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "offer_sms_template_id" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "offer_email_template_id" text;--> statement-breakpoint
CREATE INDEX "contact_attempts_notify_pending" ON "contact_attempts" USING btree ("delivery_status") WHERE "contact_attempts"."delivery_status" in ('created', 'sending');--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_notify_message" CHECK (("contact_attempts"."by_staff_id" is null) = ("contact_attempts"."delivery_status" is not null)
        and ("contact_attempts"."by_staff_id" is not null or ("contact_attempts"."offer_id" is not null
          and "contact_attempts"."channel" in ('sms', 'email')
          and "contact_attempts"."outcome" in ('message_sent', 'message_not_sent')
          and ("contact_attempts"."notify_message_id" is not null) = ("contact_attempts"."outcome" = 'message_sent')
          and ("contact_attempts"."delivery_status" = 'not-sent') = ("contact_attempts"."outcome" = 'message_not_sent')))
        and ("contact_attempts"."by_staff_id" is null or "contact_attempts"."notify_message_id" is null));--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_delivery_status" CHECK ("contact_attempts"."delivery_status" in ('created', 'sending', 'delivered', 'permanent-failure', 'temporary-failure', 'technical-failure', 'not-sent'));--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_outcome" CHECK ("contact_attempts"."outcome" in ('no_answer', 'left_message', 'spoke', 'accepted_by_phone', 'declined_by_phone', 'wrong_number', 'letter_sent', 'other', 'message_sent', 'message_not_sent'));--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_template_ids" CHECK ("service_settings"."offer_sms_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and "service_settings"."offer_email_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');