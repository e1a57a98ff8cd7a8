ALTER TABLE "staff_accounts" ADD COLUMN "oidc_issuer" text;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_accounts_oidc_identity" ON "staff_accounts" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD CONSTRAINT "staff_accounts_oidc_both_or_neither" CHECK (("staff_accounts"."oidc_issuer" is null) = ("staff_accounts"."oidc_subject" is null));