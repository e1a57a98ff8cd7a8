CREATE TABLE "course_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"participant_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"session_id" text NOT NULL,
	"channel" text,
	"outcome" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"notify_message_id" text,
	"at" timestamp(3) with time zone NOT NULL,
	CONSTRAINT "course_messages_kind" CHECK ("course_messages"."kind" in ('material', 'group')),
	CONSTRAINT "course_messages_outcome" CHECK ("course_messages"."outcome" in ('sending', 'message_sent', 'message_not_sent', 'no_contact')),
	CONSTRAINT "course_messages_sent_has_id" CHECK (("course_messages"."outcome" = 'message_sent') = ("course_messages"."notify_message_id" is not null)),
	CONSTRAINT "course_messages_reason_length" CHECK (char_length("course_messages"."reason") <= 300)
);
--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "material_sms_template_id" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "material_email_template_id" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "topic_materials" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "group_sms_template_id" text;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "group_email_template_id" text;--> statement-breakpoint
ALTER TABLE "course_messages" ADD CONSTRAINT "course_messages_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_messages" ADD CONSTRAINT "course_messages_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_messages" ADD CONSTRAINT "course_messages_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "course_messages_material_once" ON "course_messages" USING btree ("enrolment_id","session_id") WHERE "course_messages"."kind" = 'material';--> statement-breakpoint
CREATE INDEX "course_messages_session" ON "course_messages" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_message_template_ids" CHECK ("service_settings"."material_sms_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and "service_settings"."material_email_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        and "service_settings"."group_sms_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and "service_settings"."group_email_template_id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_topic_materials" CHECK (jsonb_typeof("service_settings"."topic_materials") = 'array');