-- A referral that left the list without a place is "closed" (issue 17: closed with a reason,
-- and reopened). Nothing wrote "removed" before; any row that has it says the same thing, with
-- no reason recorded. The waiting list's filter and order (src/domain/waiting-list.ts and
-- waiting-list-query.ts) know "closed" and not "removed".
UPDATE "referrals" SET "status" = 'closed' WHERE "status" = 'removed';
