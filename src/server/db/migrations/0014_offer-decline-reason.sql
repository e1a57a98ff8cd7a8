ALTER TABLE "offers" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "decline_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_decline_reason" CHECK ("offers"."decline_reason" is null or "offers"."status" = 'declined');