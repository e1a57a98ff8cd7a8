CREATE TABLE "outbox_keys" (
	"staff_id" text PRIMARY KEY NOT NULL,
	"wrapping" text NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	CONSTRAINT "outbox_keys_wrapping" CHECK ("outbox_keys"."wrapping" in ('none', 'aes-256-gcm'))
);
--> statement-breakpoint
ALTER TABLE "outbox_keys" ADD CONSTRAINT "outbox_keys_staff_id_staff_accounts_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;