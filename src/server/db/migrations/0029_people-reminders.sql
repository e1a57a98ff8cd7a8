CREATE TABLE "session_reminders" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text,
	"outcome" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"notify_message_id" text,
	"at" timestamp(3) with time zone NOT NULL,
	CONSTRAINT "session_reminders_kind" CHECK ("session_reminders"."kind" in ('day_before', 'two_hours')),
	CONSTRAINT "session_reminders_outcome" CHECK ("session_reminders"."outcome" in ('sending', 'sent', 'not_sent')),
	CONSTRAINT "session_reminders_sent" CHECK (("session_reminders"."outcome" = 'sent') = ("session_reminders"."notify_message_id" is not null)
        and ("session_reminders"."outcome" = 'sending') = ("session_reminders"."channel" is null))
);
--> statement-breakpoint
ALTER TABLE "participant_links" DROP CONSTRAINT "participant_links_purpose";--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "session_id" text;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD COLUMN "video_link" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "reminder_day_before_at" text DEFAULT '18:00';--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "reminder_two_hours_before" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "reminder_sms_template_id" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "reminder_email_template_id" text;--> statement-breakpoint
ALTER TABLE "session_reminders" ADD CONSTRAINT "session_reminders_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reminders" ADD CONSTRAINT "session_reminders_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reminders" ADD CONSTRAINT "session_reminders_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_reminders_once" ON "session_reminders" USING btree ("session_id","participant_id","kind");--> statement-breakpoint
CREATE INDEX "session_reminders_enrolment" ON "session_reminders" USING btree ("enrolment_id");--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_video_link" CHECK ("course_sessions"."video_link" is null or "course_sessions"."video_link" ~ '^https://');--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_reminder_templates" CHECK ("service_settings"."reminder_sms_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and "service_settings"."reminder_email_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_reminder_time" CHECK ("service_settings"."reminder_day_before_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');--> statement-breakpoint
ALTER TABLE "participant_links" ADD CONSTRAINT "participant_links_purpose" CHECK ("participant_links"."purpose" in ('offer_reply', 'cannot_attend', 'questionnaire', 'opt_out'));