ALTER TABLE "participants" ADD COLUMN "contact_channel" text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "reminders_consent" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_contact_channel" CHECK ("participants"."contact_channel" in ('text', 'email', 'letter'));