ALTER TABLE "service_settings" ADD COLUMN "session_idle_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_settings" ADD COLUMN "session_max_hours" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_session_idle_minutes" CHECK ("service_settings"."session_idle_minutes" between 5 and 60);--> statement-breakpoint
ALTER TABLE "service_settings" ADD CONSTRAINT "service_settings_session_max_hours" CHECK ("service_settings"."session_max_hours" between 1 and 24);