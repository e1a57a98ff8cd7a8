CREATE TABLE "attendance" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"code" smallint,
	"note" text DEFAULT '' NOT NULL,
	"catch_up_sent" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp(3) with time zone,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "attendance_code" CHECK ("attendance"."code" is null or "attendance"."code" in (0, 2, 3, 4, 5, 6, 7))
);
--> statement-breakpoint
CREATE TABLE "cohort_facilitators" (
	"cohort_id" text NOT NULL,
	"staff_id" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "cohort_facilitators_cohort_id_staff_id_pk" PRIMARY KEY("cohort_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"delivery" text NOT NULL,
	"video_link" text DEFAULT '' NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"start_time" text NOT NULL,
	"session_length_minutes" integer NOT NULL,
	"capacity" integer NOT NULL,
	"status" text NOT NULL,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cohorts_capacity" CHECK ("cohorts"."capacity" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "course_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"number" smallint NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"topic" text NOT NULL,
	"status" text NOT NULL,
	"register_finalised_at" timestamp(3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "course_sessions_number_range" CHECK ("course_sessions"."number" between 1 and 8)
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"status" text NOT NULL,
	"joined_on" date NOT NULL,
	"agreement_recorded_at" timestamp(3) with time zone,
	"history" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flag_contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"date" date NOT NULL,
	"by_staff_id" text NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flag_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp(3) with time zone NOT NULL,
	"by_staff_id" text NOT NULL,
	"absences_at_review" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" text PRIMARY KEY NOT NULL,
	"vacancy_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	"created_by" text NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"status" text NOT NULL,
	"decided_at" timestamp(3) with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" text PRIMARY KEY NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"nhs_number" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"borough" text NOT NULL,
	"phone" text,
	"email" text,
	CONSTRAINT "participants_nhs_number" UNIQUE("nhs_number")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"participant_id" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"nhs_number" text NOT NULL,
	"borough" text NOT NULL,
	"gp_practice" text NOT NULL,
	"referral_date" date NOT NULL,
	"availability" jsonb NOT NULL,
	"access_needs" text DEFAULT '' NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"absence_threshold" integer NOT NULL,
	"late_join_cutoff_session" integer NOT NULL,
	"completion_min_sessions" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_settings_one_row" CHECK ("service_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "staff_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"discipline" text,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"staff_id" text NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	"last_seen_at" timestamp(3) with time zone NOT NULL,
	"ended_at" timestamp(3) with time zone
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"freed_by_enrolment_id" text NOT NULL,
	"opened_at" timestamp(3) with time zone NOT NULL,
	"status" text NOT NULL,
	"closed_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_facilitators" ADD CONSTRAINT "cohort_facilitators_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_facilitators" ADD CONSTRAINT "cohort_facilitators_staff_id_staff_accounts_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_contacts" ADD CONSTRAINT "flag_contacts_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_staff_id_staff_accounts_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_freed_by_enrolment_id_enrolments_id_fk" FOREIGN KEY ("freed_by_enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_one_mark" ON "attendance" USING btree ("session_id","enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "course_sessions_number" ON "course_sessions" USING btree ("cohort_id","number");--> statement-breakpoint
CREATE INDEX "enrolments_cohort" ON "enrolments" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "enrolments_participant" ON "enrolments" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_one_open_per_vacancy" ON "offers" USING btree ("vacancy_id") WHERE "offers"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "offers_one_open_per_person" ON "offers" USING btree ("referral_id") WHERE "offers"."status" = 'open';--> statement-breakpoint
CREATE INDEX "referrals_waiting_order" ON "referrals" USING btree ("status","urgent","referral_date");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_one_entry_per_nhs_number" ON "referrals" USING btree ("nhs_number") WHERE "referrals"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE UNIQUE INDEX "staff_accounts_email" ON "staff_accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "user_sessions_staff" ON "user_sessions" USING btree ("staff_id");