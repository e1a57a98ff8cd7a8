CREATE TABLE "safety_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"session_id" text NOT NULL,
	"cohort_id" text NOT NULL,
	"raised_at" timestamp(3) with time zone NOT NULL,
	"raised_by" text NOT NULL,
	"status" text NOT NULL,
	"action" text,
	"note" text DEFAULT '' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp(3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "safety_alerts_review" CHECK (("safety_alerts"."status" = 'open') = ("safety_alerts"."action" is null and "safety_alerts"."reviewed_by" is null and "safety_alerts"."reviewed_at" is null)),
	CONSTRAINT "safety_alerts_no_action_reason" CHECK ("safety_alerts"."action" <> 'no_action' or "safety_alerts"."note" <> '')
);
--> statement-breakpoint
CREATE TABLE "session_measures" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"phq9" integer[],
	"gad7" integer[],
	"wsas" integer[],
	"pain" jsonb,
	"entered_by" text NOT NULL,
	"entered_by_id" text,
	"updated_at" timestamp(3) with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "session_measures_phq9" CHECK ("session_measures"."phq9" is null or (cardinality("session_measures"."phq9") = 9
      and 0 <= all("session_measures"."phq9") and 3 >= all("session_measures"."phq9"))),
	CONSTRAINT "session_measures_gad7" CHECK ("session_measures"."gad7" is null or (cardinality("session_measures"."gad7") = 7
      and 0 <= all("session_measures"."gad7") and 3 >= all("session_measures"."gad7"))),
	CONSTRAINT "session_measures_wsas" CHECK ("session_measures"."wsas" is null or (cardinality("session_measures"."wsas") = 5
      and 0 <= all("session_measures"."wsas") and 8 >= all("session_measures"."wsas")))
);
--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_measures" ADD CONSTRAINT "session_measures_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_measures" ADD CONSTRAINT "session_measures_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "safety_alerts_one_per_session" ON "safety_alerts" USING btree ("session_id","enrolment_id");--> statement-breakpoint
CREATE INDEX "safety_alerts_open" ON "safety_alerts" USING btree ("cohort_id") WHERE "safety_alerts"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "session_measures_one_set" ON "session_measures" USING btree ("session_id","enrolment_id");