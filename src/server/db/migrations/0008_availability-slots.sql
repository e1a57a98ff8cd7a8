-- Availability becomes a list of day-and-time slots over all seven days:
-- {"days": ["mon","wed"], "times": ["morning"]} -> [{"day":"mon","time":"morning"},{"day":"wed","time":"morning"}].
-- An entry meant every pairing of its days and times. Where one half was stored empty (nothing
-- validated it before), the person had ruled nothing out, so an empty half counts as all of it
-- (weekdays, or every time of day): no entry loses what it said. slotsFromDaysAndTimes in
-- src/domain/availability.ts is the same rule for the mock's saved data.
UPDATE "referrals" AS r
SET "availability" = coalesce((
  SELECT jsonb_agg(jsonb_build_object('day', p.day, 'time', p.time)
    ORDER BY array_position(ARRAY['mon','tue','wed','thu','fri','sat','sun'], p.day),
             array_position(ARRAY['morning','afternoon','evening'], p.time))
  FROM (
    SELECT DISTINCT d.day, t.time
    FROM jsonb_array_elements_text(
      CASE WHEN jsonb_array_length(coalesce(r."availability"->'days', '[]'::jsonb)) = 0
        THEN '["mon","tue","wed","thu","fri"]'::jsonb ELSE r."availability"->'days' END
    ) AS d(day)
    CROSS JOIN jsonb_array_elements_text(
      CASE WHEN jsonb_array_length(coalesce(r."availability"->'times', '[]'::jsonb)) = 0
        THEN '["morning","afternoon","evening"]'::jsonb ELSE r."availability"->'times' END
    ) AS t(time)
    WHERE d.day IN ('mon','tue','wed','thu','fri','sat','sun')
      AND t.time IN ('morning','afternoon','evening')
  ) AS p
), '[]'::jsonb)
WHERE jsonb_typeof(r."availability") = 'object'
  AND (jsonb_array_length(coalesce(r."availability"->'days', '[]'::jsonb)) > 0
    OR jsonb_array_length(coalesce(r."availability"->'times', '[]'::jsonb)) > 0);
--> statement-breakpoint
-- Nothing said at all: an empty list, which the schemas and the form show as "None given".
UPDATE "referrals" SET "availability" = '[]'::jsonb WHERE jsonb_typeof("availability") = 'object';
