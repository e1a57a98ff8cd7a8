import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { HttpResponse, delay, getResponse, http } from "msw";
import { z } from "zod/mini";
// mocks/db.ts
/** The mock backend's whole state. Writes go through `transact` so a failed write
* leaves nothing behind (the server rule "nothing is partially written"). */
var Store = class {
	current = null;
	listeners = [];
	get data() {
		if (!this.current) throw new Error("Mock store used before it was seeded");
		return this.current;
	}
	load(db) {
		this.current = db;
	}
	onCommit(listener) {
		this.listeners.push(listener);
	}
	transact(write) {
		const before = structuredClone(this.data);
		try {
			const result = write(this.data);
			this.listeners.forEach((l) => l(this.data));
			return result;
		} catch (e) {
			this.current = before;
			throw e;
		}
	}
	newId(prefix) {
		const id = `${prefix}_${this.data.nextId.toString(36).padStart(4, "0")}`;
		this.data.nextId += 1;
		return id;
	}
};
var store = new Store();
// src/domain/nhs-number.ts
var WEIGHTS = [
	10,
	9,
	8,
	7,
	6,
	5,
	4,
	3,
	2
];
function normaliseNhsNumber(input) {
	return input.replace(/[\s-]/g, "");
}
function nhsCheckDigit(first9) {
	if (!/^\d{9}$/.test(first9)) return null;
	let sum = 0;
	for (let i = 0; i < 9; i += 1) sum += Number(first9[i]) * (WEIGHTS[i] ?? 0);
	const check = 11 - sum % 11;
	if (check === 11) return 0;
	if (check === 10) return null;
	return check;
}
function isValidNhsNumber(input) {
	const n = normaliseNhsNumber(input);
	if (!/^\d{10}$/.test(n)) return false;
	if (/^(\d)\1{9}$/.test(n)) return false;
	const check = nhsCheckDigit(n.slice(0, 9));
	return check !== null && check === Number(n[9]);
}
function maskNhsNumber(n) {
	return `*** *** ${normaliseNhsNumber(n).slice(-4)}`;
}
// src/domain/nhs-number-text.ts
var NHS_NUMBER_IN_TEXT = /(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g;
function maskNhsNumbersInText(text) {
	return text.replace(NHS_NUMBER_IN_TEXT, (found) => maskNhsNumber(found));
}
/** Every string inside a JSON-like value (keys are field names and are kept). */
function maskNhsNumbersDeep(value) {
	if (typeof value === "string") return maskNhsNumbersInText(value);
	if (Array.isArray(value)) return value.map(maskNhsNumbersDeep);
	if (value !== null && typeof value === "object" && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskNhsNumbersDeep(inner)]));
	return value;
}
// src/backend/resolvers/audit.ts
/** The participant a record is about, by name (audit readers need to know who). */
function subjectOf(db, entity, id, after) {
	const participantId = entity === "enrolment" ? db.enrolments.find((e) => e.id === id)?.participantId : entity === "attendance" ? db.enrolments.find((e) => e.id === db.attendance.find((a) => a.id === id)?.enrolmentId)?.participantId : entity === "referral" ? db.referrals.find((r) => r.id === id)?.participantId : after?.participantId;
	const p = db.participants.find((x) => x.id === participantId);
	return p ? `${p.givenName} ${p.familyName}` : entity === "cohort" ? db.cohorts.find((c) => c.id === id)?.name ?? null : null;
}
var auditResolvers = { "GET /audit": async (ctx) => {
	const f = ctx.query;
	const { items: newestFirst, total } = await ctx.auditTrail(f, f);
	const db = await ctx.read({
		referralIds: newestFirst.filter((e) => e.entity === "referral").map((e) => e.entityId),
		participantIds: newestFirst.map((e) => e.after?.participantId)
	});
	return {
		items: newestFirst.map((e) => ({
			...e,
			before: maskNhsNumbersDeep(e.before),
			after: maskNhsNumbersDeep(e.after),
			actorName: db.staff.find((s) => s.id === e.actorId)?.name ?? e.actorId,
			subject: subjectOf(db, e.entity, e.entityId, e.after)
		})),
		total,
		offset: f.offset
	};
} };
// src/domain/commands/command.ts
var Refusal = class extends Error {
	code;
	fieldErrors;
	current;
	constructor(code, message, fieldErrors, current) {
		super(message);
		this.code = code;
		this.fieldErrors = fieldErrors;
		this.current = current;
		this.name = "Refusal";
	}
};
function refuse(code, message, fieldErrors, current) {
	throw new Refusal(code, message, fieldErrors, current);
}
/** A record the command needs, or 404 naming what was looked for ("That cohort"). */
function found(record, what) {
	return record ?? refuse("not_found", `${what} was not found.`);
}
/** If-Match: 412 with the current record when the version the user saw is not the latest. */
function expectVersion(seen, current, view = current) {
	if (seen === null) return;
	if (seen !== (current?.version ?? 0)) refuse("stale_version", "Someone else changed this since you opened it.", void 0, view);
}
// src/domain/commands/change-set.ts
/** Collects changes as a command goes; `put` keeps the latest version of each record. */
var ChangeSet = class {
	changes = {
		put: {},
		remove: {},
		audit: []
	};
	put(table, record) {
		const list = this.changes.put[table] ??= [];
		const at = list.findIndex((r) => r.id === record.id);
		if (at >= 0) list[at] = record;
		else list.push(record);
		return record;
	}
	remove(table, id) {
		(this.changes.remove[table] ??= []).push(id);
	}
	audit(action, entity, entityId, before, after) {
		this.changes.audit.push({
			action,
			entity,
			entityId,
			before: before ?? null,
			after: after ?? null
		});
	}
	done(result) {
		return {
			changes: this.changes,
			result
		};
	}
};
// src/domain/policy.ts
var ROLES = [
	"facilitator",
	"admin",
	"manager"
];
var EVERYONE = {
	facilitator: "all",
	admin: "all",
	manager: "all"
};
var OWN_COHORTS = {
	facilitator: "own",
	admin: "all",
	manager: "all"
};
var ADMINS = { admin: "all" };
var ADMINS_AND_MANAGERS = {
	admin: "all",
	manager: "all"
};
var OWN_COHORT_STAFF = {
	facilitator: "own",
	admin: "all"
};
var POLICY = {
	/** Signed in at all: who am I, sign out, the staff directory. */
	"session.use": EVERYONE,
	"staff.read": EVERYONE,
	"cohort.read": OWN_COHORTS,
	"cohort.manage": ADMINS,
	/** Who may be named as one of a cohort's 2 or 3 facilitators. */
	"cohort.facilitate": { facilitator: "own" },
	"dashboard.read": OWN_COHORTS,
	/** Facilitators mark registers of their own cohorts; managers read them. */
	"register.read": OWN_COHORTS,
	"register.mark": OWN_COHORT_STAFF,
	"enrolment.agreement": OWN_COHORT_STAFF,
	"enrolment.cannotAttend": OWN_COHORT_STAFF,
	"enrolment.enrol": ADMINS,
	"enrolment.transfer": ADMINS,
	"enrolment.withdraw": ADMINS,
	"participant.search": ADMINS_AND_MANAGERS,
	"flag.read": OWN_COHORTS,
	"flag.contact": OWN_COHORT_STAFF,
	/** Keeping someone after a breach is an admin's decision, like transfer and withdrawal. */
	"flag.keep": ADMINS,
	/** Acting on a breach at all; the action the request names (flag.keep, enrolment.transfer,
	* enrolment.withdraw) is checked against this table as well. */
	"flag.resolve": ADMINS,
	"settings.read": ADMINS_AND_MANAGERS,
	"settings.manage": ADMINS,
	"audit.read": ADMINS_AND_MANAGERS,
	"referral.read": ADMINS_AND_MANAGERS,
	"referral.manage": ADMINS,
	"vacancy.read": ADMINS_AND_MANAGERS,
	"offer.manage": ADMINS,
	"demo.manage": ADMINS
};
/** Decisions on a breach, each the policy action it is (POST /flags/:enrolmentId/resolve names
* one in its body; the command checks it against this table). */
var FLAG_DECISION_ACTION = {
	transfer: "enrolment.transfer",
	keep: "flag.keep",
	withdraw: "enrolment.withdraw"
};
/** The scope a role has for an action, or null when the role may not do it. */
function scopeOf(role, action) {
	return POLICY[action][role] ?? null;
}
function can(role, action) {
	return scopeOf(role, action) !== null;
}
function rolesFor(action) {
	return ROLES.filter((role) => can(role, action));
}
// src/domain/facilitators.ts
var FACILITATOR_MIX_MESSAGE = "Include at least one psychology and one physiotherapy facilitator";
/** DOMAIN.md: 2 or 3 staff facilitate, at least one psychology and one physiotherapy. */
function hasDisciplineMix(disciplines) {
	return disciplines.includes("psychology") && disciplines.includes("physiotherapy");
}
/** What is wrong with a cohort's facilitators, given the staff list: unknown people, staff who
* may not facilitate (the policy's cohort.facilitate), the discipline mix. Empty when fine. */
function facilitatorProblems(ids, staff) {
	const chosen = ids.map((id) => staff.find((s) => s.id === id));
	if (chosen.some((s) => !s)) return ["Choose facilitators from the staff list"];
	const people = chosen;
	const notFacilitators = people.filter((s) => !can(s.role, "cohort.facilitate"));
	if (notFacilitators.length > 0) return [`${notFacilitators.length === 1 ? "One person chosen is" : "Some people chosen are"} not a facilitator`];
	return hasDisciplineMix(people.map((s) => s.discipline)) ? [] : [FACILITATOR_MIX_MESSAGE];
}
// src/domain/dates.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var DAY_MS = 864e5;
function isIsoDate(value) {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match;
	return toIsoDate(Date.UTC(Number(y), Number(m) - 1, Number(d))) === value;
}
function toUtcMs(d) {
	const match = ISO_DATE.exec(d);
	if (!match) throw new RangeError(`Not an ISO date: ${d}`);
	const [, y, m, day] = match;
	return Date.UTC(Number(y), Number(m) - 1, Number(day));
}
function toIsoDate(utcMs) {
	return new Date(utcMs).toISOString().slice(0, 10);
}
function isoFromParts(year, month, day) {
	return toIsoDate(Date.UTC(year, month - 1, day));
}
function addDays(d, n) {
	return toIsoDate(toUtcMs(d) + n * DAY_MS);
}
function weekdayOf(d) {
	return new Date(toUtcMs(d)).getUTCDay();
}
function yearOf(d) {
	return Number(d.slice(0, 4));
}
function daysBetween(from, to) {
	return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}
var londonDay;
function todayIso(now = /* @__PURE__ */ new Date()) {
	londonDay ??= new Intl.DateTimeFormat("en-GB", {
		timeZone: "Europe/London",
		year: "numeric",
		month: "2-digit",
		day: "2-digit"
	});
	const parts = londonDay.formatToParts(now);
	const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
	return `${get("year")}-${get("month")}-${get("day")}`;
}
// src/domain/bank-holidays.ts
var ONE_OFF_CHANGES = {
	2011: {
		remove: [],
		add: ["2011-04-29"]
	},
	2012: {
		remove: ["2012-05-28"],
		add: ["2012-06-04", "2012-06-05"]
	},
	2020: {
		remove: ["2020-05-04"],
		add: ["2020-05-08"]
	},
	2022: {
		remove: ["2022-05-30"],
		add: [
			"2022-06-02",
			"2022-06-03",
			"2022-09-19"
		]
	},
	2023: {
		remove: [],
		add: ["2023-05-08"]
	}
};
function easterSunday(year) {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	return isoFromParts(year, Math.floor((h + l - 7 * m + 114) / 31), (h + l - 7 * m + 114) % 31 + 1);
}
function firstMonday(year, month) {
	const first = isoFromParts(year, month, 1);
	return addDays(first, (8 - weekdayOf(first)) % 7);
}
function lastMonday(year, month) {
	const last = toIsoDate(Date.UTC(year, month, 0));
	return addDays(last, -((weekdayOf(last) + 6) % 7));
}
function isWeekend(d) {
	const wd = weekdayOf(d);
	return wd === 0 || wd === 6;
}
function withSubstitutes(dates) {
	const taken = new Set(dates.filter((d) => !isWeekend(d)));
	for (const d of dates) {
		if (!isWeekend(d)) continue;
		let sub = addDays(d, 1);
		while (isWeekend(sub) || taken.has(sub)) sub = addDays(sub, 1);
		taken.add(sub);
	}
	return [...taken];
}
function englandWalesBankHolidays(year) {
	const easter = easterSunday(year);
	const byRule = [
		...withSubstitutes([isoFromParts(year, 1, 1)]),
		addDays(easter, -2),
		addDays(easter, 1),
		firstMonday(year, 5),
		lastMonday(year, 5),
		lastMonday(year, 8),
		...withSubstitutes([isoFromParts(year, 12, 25), isoFromParts(year, 12, 26)])
	];
	const change = ONE_OFF_CHANGES[year];
	const result = new Set(byRule);
	change?.remove.forEach((d) => result.delete(d));
	change?.add.forEach((d) => result.add(d));
	return [...result].sort((a, b) => toUtcMs(a) - toUtcMs(b));
}
var cache = /* @__PURE__ */ new Map();
function isBankHoliday(date) {
	const year = yearOf(date);
	let holidays = cache.get(year);
	if (!holidays) {
		holidays = new Set(englandWalesBankHolidays(year));
		cache.set(year, holidays);
	}
	return holidays.has(date);
}
// src/domain/schedule.ts
var DEFAULT_TOPICS = [
	"Why pain persists",
	"Working with difficult thoughts and feelings about pain",
	"Pacing activity to avoid flare-ups",
	"Sleep and pain",
	"Planning a return to meaningful activities and routine",
	"Communicating about pain with family, friends and clinicians",
	"Managing stress",
	"Medication and how it works with pain"
];
var ScheduleError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "ScheduleError";
	}
};
function nextWorkingSameWeekday(date) {
	let d = date;
	while (isBankHoliday(d)) d = addDays(d, 7);
	return d;
}
function generateSchedule(input) {
	if (!isIsoDate(input.startDate)) throw new ScheduleError(`Invalid start date: ${input.startDate}`);
	const first = nextWorkingSameWeekday(input.startDate);
	if (input.type === "workshop") return [{
		number: 1,
		date: first,
		topic: input.workshopTopic ?? "Workshop"
	}];
	const topics = input.topics ?? DEFAULT_TOPICS;
	if (topics.length !== 8) throw new ScheduleError(`A course needs 8 topics, got ${topics.length}`);
	const sessions = [];
	let date = first;
	topics.forEach((topic, i) => {
		if (i > 0) date = nextWorkingSameWeekday(addDays(date, 7));
		sessions.push({
			number: i + 1,
			date,
			topic
		});
	});
	return sessions;
}
function rescheduleSession$1(schedule, sessionNumber, newDate) {
	if (!isIsoDate(newDate)) throw new ScheduleError(`Invalid date: ${newDate}`);
	const sorted = [...schedule].sort((a, b) => a.number - b.number);
	const index = sorted.findIndex((s) => s.number === sessionNumber);
	if (!sorted[index]) throw new ScheduleError(`No session ${sessionNumber} in this schedule`);
	if (isBankHoliday(newDate)) throw new ScheduleError(`${newDate} is a bank holiday`);
	const before = sorted[index - 1];
	const after = sorted[index + 1];
	if (before && newDate <= before.date || after && newDate >= after.date) throw new ScheduleError(`Session ${sessionNumber} must fall between session ${before?.number ?? "-"} and ${after?.number ?? "-"}`);
	return sorted.map((s) => s.number === sessionNumber ? {
		...s,
		date: newDate
	} : { ...s });
}
// src/domain/enrolment.ts
var LEFT = [
	"withdrawn",
	"transferred",
	"removed_after_absences"
];
/** Statuses that hold a place in the cohort (a completed place was filled, and stays counted). */
var PLACE_HOLDING = [
	"offered",
	"confirmed",
	"active",
	"completed"
];
function holdsPlace(status) {
	return PLACE_HOLDING.includes(status);
}
/** The date a person left the course, if they did (the last move to a leaving status). */
function leftOn(enrolment) {
	if (!LEFT.includes(enrolment.status)) return null;
	const entry = [...enrolment.history].reverse().find((h) => LEFT.includes(h.status));
	return entry ? entry.at.slice(0, 10) : null;
}
/** DOMAIN.md "register": everyone enrolled at the session's date has a row; sessions before
* joining, and after leaving, are not theirs. An offer not yet taken up is not a place. */
function wasEnrolledOn(enrolment, date) {
	if (enrolment.status === "offered" || enrolment.joinedOn > date) return false;
	const left = leftOn(enrolment);
	return left === null || left > date;
}
// src/domain/lifecycle.ts
/** DOMAIN.md lifecycle: planned -> running once the first session is held -> completed
* after the last; a cancelled cohort stays cancelled. Derived, so it never goes stale. */
function lifecycleStatus(stored, sessionDates, today) {
	if (stored === "cancelled" || sessionDates.length === 0) return stored;
	const sorted = [...sessionDates].sort();
	if (sorted[sorted.length - 1] < today) return "completed";
	if (sorted[0] <= today) return "running";
	return "planned";
}
// src/domain/names.ts
/** How a person is named on screen and in messages: given name, then family name. */
function fullName(person) {
	return `${person.givenName} ${person.familyName}`;
}
// src/domain/commands/places.ts
/** 'own' scope: a facilitator acts only on the cohorts they facilitate. */
function expectInScope(actor, cohort) {
	if (actor.scope === "own" && !cohort.facilitatorIds.includes(actor.id)) refuse("forbidden", "You do not facilitate this cohort.");
}
function cohortById(cohorts, cohortId) {
	return found(cohorts.find((c) => c.id === cohortId), "That cohort");
}
/** The cohort, refused outside the actor's scope. */
function cohortInScope(r, cohortId, ctx) {
	const cohort = cohortById(r.cohorts, cohortId);
	expectInScope(ctx.actor, cohort);
	return cohort;
}
function placesFilled(enrolments, cohortId) {
	return enrolments.filter((e) => e.cohortId === cohortId && holdsPlace(e.status)).length;
}
function cohortStatus(cohort, sessions, today) {
	const dates = sessions.filter((s) => s.cohortId === cohort.id && s.status === "scheduled").map((s) => s.date);
	return lifecycleStatus(cohort.status, dates, today);
}
/** The place someone holds in a planned or running cohort (or in `cohortId` itself), if any. */
function currentPlace(r, participantId, today, cohortId) {
	return r.enrolments.find((e) => {
		if (e.participantId !== participantId || !holdsPlace(e.status)) return false;
		if (e.cohortId === cohortId) return true;
		const other = r.cohorts.find((c) => c.id === e.cohortId);
		const status = other ? cohortStatus(other, r.sessions, today) : "completed";
		return status === "running" || status === "planned";
	});
}
/** DOMAIN.md: refuse enrolment past capacity, into a closed cohort, or of someone placed elsewhere. */
function expectPlaceFor(r, cohort, person, today) {
	const status = cohortStatus(cohort, r.sessions, today);
	if (status === "completed" || status === "cancelled") refuse("invalid_state", `This cohort is ${status}; no one can join it.`);
	if (placesFilled(r.enrolments, cohort.id) >= cohort.capacity) refuse("cohort_full", `${cohort.name} is full (${cohort.capacity} of ${cohort.capacity} places).`);
	const elsewhere = currentPlace(r, person.participantId, today, cohort.id);
	if (elsewhere) {
		const other = r.cohorts.find((c) => c.id === elsewhere.cohortId);
		refuse("already_enrolled", `${person.name} already has a place in ${other?.name ?? "another cohort"}.`);
	}
}
function personName(participants, participantId) {
	const p = participants.find((x) => x.id === participantId);
	return p ? fullName(p) : "This person";
}
// src/domain/commands/cohorts.ts
function expectFacilitators(staff, ids) {
	const problems = facilitatorProblems(ids, staff);
	if (problems.length > 0) refuse("validation_failed", "Some details need correcting.", { facilitatorIds: problems });
}
/** Once anyone has a mark at one of its sessions, a cohort keeps its dates and its records. */
function hasAttendance(r, cohortId) {
	const ids = new Set(r.sessions.filter((s) => s.cohortId === cohortId).map((s) => s.id));
	return r.attendance.some((a) => ids.has(a.sessionId));
}
/** Eight weekly dates (bank holidays skipped), or one for a workshop, at the cohort's time. */
function scheduleSessions(cohort, ctx, cs) {
	return generateSchedule({
		type: cohort.type,
		startDate: cohort.startDate,
		topics: DEFAULT_TOPICS
	}).map((s) => cs.put("sessions", {
		id: ctx.newId("ses"),
		cohortId: cohort.id,
		number: s.number,
		date: s.date,
		startTime: cohort.startTime,
		topic: s.topic,
		status: "scheduled",
		registerFinalisedAt: null,
		version: 1
	}));
}
/** POST /cohorts: a planned cohort and its sessions. */
function createCohort(r, input, ctx) {
	expectFacilitators(r.staff, input.facilitatorIds);
	const cs = new ChangeSet();
	const cohort = cs.put("cohorts", {
		...input,
		id: ctx.newId("coh"),
		status: "planned",
		cancelReason: null,
		version: 1
	});
	scheduleSessions(cohort, ctx, cs);
	cs.audit("cohort.create", "cohort", cohort.id, null, cohort);
	return cs.done(cohort);
}
/** PATCH /cohorts/:id: never below the places taken, never with a non-facilitator; once
* attendance is taken the start date and type are fixed. A new start date reschedules. */
function updateCohort(r, input, ctx) {
	const cohort = cohortInScope(r, input.cohortId, ctx);
	expectVersion(input.version, cohort);
	const next = input.changes;
	const status = cohortStatus(cohort, r.sessions, ctx.today);
	if (status === "cancelled" || status === "completed") refuse("invalid_state", `A ${status} cohort cannot be changed.`);
	const filled = placesFilled(r.enrolments, cohort.id);
	if (next.capacity < filled) refuse("validation_failed", "Some details need correcting.", { capacity: [`${filled} people already hold places: capacity cannot be below ${filled}`] });
	expectFacilitators(r.staff, next.facilitatorIds);
	const moved = next.startDate !== cohort.startDate || next.type !== cohort.type;
	if (moved && hasAttendance(r, cohort.id)) refuse("invalid_state", "Attendance has been taken, so the start date and type can no longer change.");
	const cs = new ChangeSet();
	const saved = cs.put("cohorts", {
		...cohort,
		...next,
		version: cohort.version + 1
	});
	const own = r.sessions.filter((s) => s.cohortId === cohort.id);
	if (moved) {
		own.forEach((s) => cs.remove("sessions", s.id));
		scheduleSessions(saved, ctx, cs);
	} else if (next.startTime !== cohort.startTime) own.forEach((s) => cs.put("sessions", {
		...s,
		startTime: saved.startTime
	}));
	cs.audit("cohort.update", "cohort", cohort.id, cohort, saved);
	return cs.done(saved);
}
// src/domain/commands/cohort-closing.ts
/** DOMAIN.md lifecycle: a cohort anyone joined, or with attendance, is cancelled, never deleted. */
function deleteCohort(r, input, ctx) {
	const cohort = cohortInScope(r, input.cohortId, ctx);
	expectVersion(input.version, cohort);
	if (hasAttendance(r, cohort.id)) refuse("invalid_state", "This cohort has attendance records: cancel it instead.");
	if (r.enrolments.some((e) => e.cohortId === cohort.id)) refuse("invalid_state", "People are enrolled in this cohort: cancel it instead.");
	const cs = new ChangeSet();
	cs.remove("cohorts", cohort.id);
	r.sessions.filter((s) => s.cohortId === cohort.id).forEach((s) => cs.remove("sessions", s.id));
	cs.audit("cohort.delete", "cohort", cohort.id, cohort, null);
	return cs.done({ ok: true });
}
/** DOMAIN.md lifecycle: a cohort not yet completed can be cancelled, with a reason. */
function cancelCohort(r, input, ctx) {
	const cohort = cohortInScope(r, input.cohortId, ctx);
	expectVersion(input.version, cohort);
	const status = cohortStatus(cohort, r.sessions, ctx.today);
	if (status === "completed" || status === "cancelled") refuse("invalid_state", `A ${status} cohort cannot be cancelled.`);
	const cs = new ChangeSet();
	const cancelled = cs.put("cohorts", {
		...cohort,
		status: "cancelled",
		cancelReason: input.reason,
		version: cohort.version + 1
	});
	cs.audit("cohort.cancel", "cohort", cohort.id, cohort, cancelled);
	return cs.done(cancelled);
}
// src/domain/attendance-codes.ts
var ATTENDANCE_CODES = [
	5,
	6,
	7,
	2,
	3,
	4,
	0
];
var MARKABLE_CODES = [
	5,
	6,
	7,
	2,
	3
];
function countsAsAbsence(code) {
	return code === 2 || code === 3 || code === 7;
}
function countsAsAttended(code) {
	return code === 5 || code === 6;
}
function tookPlace(code) {
	return code !== null && code !== 0 && code !== 4;
}
/** A register has been taken for someone once they have a code other than 2 (notice given
* beforehand, which can be recorded before the session). */
function markedOnRegister(code) {
	return code !== null && code !== 2;
}
/** A session the provider cancelled is code 4 for everyone, whatever its rows say. */
function sessionCode(session, code) {
	return session.status === "cancelled_by_provider" ? 4 : code;
}
// src/domain/record-index.ts
var indexes = /* @__PURE__ */ new WeakMap();
function groupBy(items, key) {
	const map = /* @__PURE__ */ new Map();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}
function recordIndex(r) {
	const known = indexes.get(r);
	if (known && known.sessions === r.sessions && known.attendance === r.attendance) return known;
	const made = {
		sessions: r.sessions,
		attendance: r.attendance,
		sessionsByCohort: groupBy(r.sessions, (s) => s.cohortId),
		markByKey: new Map(r.attendance.map((a) => [`${a.sessionId}|${a.enrolmentId}`, a])),
		marksBySession: groupBy(r.attendance, (a) => a.sessionId)
	};
	indexes.set(r, made);
	return made;
}
/** The mark for one person at one session, if any. */
function markOf(r, sessionId, enrolmentId) {
	return recordIndex(r).markByKey.get(`${sessionId}|${enrolmentId}`);
}
/** A cohort's sessions, in stored order. */
function sessionsOf(r, cohortId) {
	return recordIndex(r).sessionsByCohort.get(cohortId) ?? [];
}
// src/domain/absence.ts
function flagStatus(absences, threshold) {
	if (absences > threshold) return "breached";
	if (absences === threshold && absences > 0) return "at_risk";
	return "ok";
}
function summariseAbsences(records, opts) {
	const { threshold, joinedOn } = opts;
	const relevant = records.filter((r) => joinedOn === void 0 || r.date >= joinedOn).sort((a, b) => a.sessionNumber - b.sessionNumber);
	const missed = [];
	const missedTopics = [];
	let lastAttended = null;
	let consecutiveAbsences = 0;
	let sessionsHeld = 0;
	for (const record of relevant) {
		const { code } = record;
		if (!tookPlace(code)) continue;
		sessionsHeld += 1;
		if (countsAsAbsence(code)) {
			missed.push({
				sessionNumber: record.sessionNumber,
				date: record.date,
				code
			});
			missedTopics.push(record.topic);
			consecutiveAbsences += 1;
		} else if (countsAsAttended(code)) {
			lastAttended = record.date;
			consecutiveAbsences = 0;
		}
	}
	const absences = missed.length;
	return {
		absences,
		consecutiveAbsences,
		missedTopics,
		missed,
		lastAttended,
		status: flagStatus(absences, threshold),
		sessionsHeld
	};
}
/** One enrolment's absences so far, from the stored sessions and marks: a session the provider
* cancelled is code 4 for everyone (it did not happen for them). */
function enrolmentAbsences(r, enrolment) {
	return summariseAbsences(sessionsOf(r, enrolment.cohortId).map((s) => ({
		sessionNumber: s.number,
		date: s.date,
		topic: s.topic,
		code: sessionCode(s, markOf(r, s.id, enrolment.id)?.code ?? null)
	})), {
		threshold: r.settings.absenceThreshold,
		joinedOn: enrolment.joinedOn
	});
}
// src/domain/commands/enrolment-changes.ts
function newEnrolment(ctx, cohort, participantId, options) {
	return {
		id: ctx.newId("enr"),
		cohortId: cohort.id,
		participantId,
		status: "confirmed",
		joinedOn: options.joinedOn ?? ctx.today,
		agreementRecordedAt: options.agreementRecordedAt,
		history: [{
			status: "confirmed",
			at: ctx.now,
			byStaffId: ctx.actor.id,
			note: options.note
		}],
		version: 1
	};
}
/** Someone on the waiting list who now has a place is no longer waiting. */
function takeOffWaitingList(referrals, participantId, cs) {
	referrals.filter((r) => r.participantId === participantId && r.status === "waiting").forEach((r) => cs.put("referrals", {
		...r,
		status: "enrolled",
		version: r.version + 1
	}));
}
/** A place ends: only a place still held (and not completed) can be left. */
function leave(enrolment, status, ctx, note, at = ctx.now) {
	if (!holdsPlace(enrolment.status) || enrolment.status === "completed") refuse("invalid_state", `This enrolment is ${enrolment.status}; it cannot be changed.`);
	return {
		...enrolment,
		status,
		history: [...enrolment.history, {
			status,
			at,
			byStaffId: ctx.actor.id,
			note
		}],
		version: enrolment.version + 1
	};
}
// src/domain/vacancy.ts
/** DOMAIN.md: a freed group place is offered only while late joining is still useful
* (before the cut-off session, default session 3); a workshop place until it starts. */
function vacancyWindow(input) {
	const cutoffNumber = input.type === "workshop" ? 1 : input.cutoffSession;
	const cutoff = input.sessions.find((s) => s.number === cutoffNumber)?.date ?? null;
	if (!cutoff) return {
		open: false,
		cutoffDate: null,
		closedReason: "The cohort has no session to join before."
	};
	if (input.today < cutoff) return {
		open: true,
		cutoffDate: cutoff,
		closedReason: null
	};
	return {
		open: false,
		cutoffDate: cutoff,
		closedReason: input.type === "workshop" ? "The workshop has already started." : `Late joining closed at session ${cutoffNumber}: joining now would miss too much of the course.`
	};
}
// src/domain/commands/vacancies.ts
/** DOMAIN.md "vacancy": how long a place freed in this cohort is worth offering, from its
* scheduled sessions and the late-joining cut-off (a workshop's is its first session). */
function cohortVacancyWindow(r, cohort, today) {
	return vacancyWindow({
		type: cohort.type,
		sessions: r.sessions.filter((s) => s.cohortId === cohort.id && s.status === "scheduled"),
		cutoffSession: r.settings.lateJoinCutoffSession,
		today
	});
}
/** A freed place opens a vacancy while late joining is still useful, and is recorded as
* closed, with why, after the cut-off. */
function freePlace(r, cohort, enrolment, ctx, cs) {
	const window = cohortVacancyWindow(r, cohort, ctx.today);
	const vacancy = {
		id: ctx.newId("vac"),
		cohortId: cohort.id,
		freedByEnrolmentId: enrolment.id,
		openedAt: ctx.now,
		status: window.open ? "open" : "closed",
		closedReason: window.closedReason,
		version: 1
	};
	cs.put("vacancies", vacancy);
	cs.audit(window.open ? "vacancy.open" : "vacancy.closed", "vacancy", vacancy.id, null, vacancy);
	return vacancy;
}
// src/domain/commands/enrolments.ts
/** The enrolment and its cohort, refused outside the actor's scope. */
function enrolmentInScope(r, enrolmentId, ctx) {
	const enrolment = found(r.enrolments.find((e) => e.id === enrolmentId), "That enrolment");
	return {
		enrolment,
		cohort: cohortInScope(r, enrolment.cohortId, ctx)
	};
}
/** POST /cohorts/:id/enrolments: a confirmed place, and off the waiting list. */
function enrolParticipant(r, input, ctx) {
	const cohort = cohortInScope(r, input.cohortId, ctx);
	const participant = found(r.participants.find((p) => p.id === input.participantId), "That participant");
	const name = fullName(participant);
	expectPlaceFor(r, cohort, {
		participantId: participant.id,
		name
	}, ctx.today);
	const cs = new ChangeSet();
	const enrolment = cs.put("enrolments", newEnrolment(ctx, cohort, participant.id, {
		agreementRecordedAt: input.agreementRecorded ? ctx.now : null,
		note: null
	}));
	takeOffWaitingList(r.referrals, participant.id, cs);
	cs.audit("enrolment.create", "enrolment", enrolment.id, null, enrolment);
	return cs.done(enrolment);
}
/** PATCH /enrolments/:id: the group agreement, and nothing else. */
function recordAgreement(r, input, ctx) {
	const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
	expectVersion(input.version, enrolment);
	const cs = new ChangeSet();
	const next = cs.put("enrolments", {
		...enrolment,
		agreementRecordedAt: enrolment.agreementRecordedAt ?? ctx.now,
		version: enrolment.version + 1
	});
	cs.audit("enrolment.agreement", "enrolment", enrolment.id, enrolment, next);
	return cs.done(next);
}
/** Withdrawal (or removal after absences) ends the place and frees it. */
function withdrawEnrolment(r, input, ctx) {
	const { enrolment, cohort } = enrolmentInScope(r, input.enrolmentId, ctx);
	expectVersion(input.version, enrolment);
	const status = input.status ?? "withdrawn";
	const at = input.date ? `${input.date}T12:00:00.000Z` : ctx.now;
	const cs = new ChangeSet();
	const left = cs.put("enrolments", leave(enrolment, status, ctx, input.reason, at));
	freePlace(r, cohort, left, ctx, cs);
	const action = status === "withdrawn" ? "enrolment.withdraw" : "enrolment.remove_after_absences";
	cs.audit(action, "enrolment", enrolment.id, enrolment, left);
	return cs.done(left);
}
// src/domain/transfer.ts
/** Issue "Cohorts" 5: what a transfer means for the person, topic by topic. */
function transferFit(held, topics, target, today) {
	const attended = topics.filter((t) => held.some((h) => h.topic === t && h.code !== null && countsAsAttended(h.code)));
	const stillNeeded = topics.filter((t) => !attended.includes(t));
	const alreadyRun = new Set(target.filter((s) => !s.cancelled && s.date < today).map((s) => s.topic));
	return {
		attended,
		stillNeeded,
		missedInTarget: stillNeeded.filter((t) => alreadyRun.has(t))
	};
}
// src/domain/commands/register-roster.ts
/** The session and its cohort, refused outside the actor's scope. */
function sessionInScope(r, sessionId, ctx) {
	const session = found(r.sessions.find((s) => s.id === sessionId), "That session");
	return {
		session,
		cohort: cohortInScope(r, session.cohortId, ctx)
	};
}
/** DOMAIN.md "register": who has a row on a session's register, everyone in its cohort who was
* enrolled on the session's date (not before joining, not after leaving, not on an offer). */
function registerEnrolments(enrolments, session) {
	return enrolments.filter((e) => e.cohortId === session.cohortId && wasEnrolledOn(e, session.date));
}
/** The attendance record of one person at one session, if anyone has marked it. */
function attendanceAt(attendance, sessionId, enrolmentId) {
	return attendance.find((a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId);
}
/** How many people on a register have no code yet. */
function unmarkedCount(r, session) {
	return registerEnrolments(r.enrolments, session).filter((e) => attendanceAt(r.attendance, session.id, e.id)?.code == null).length;
}
/** Writes one person's record at one session: a new one, or the next version of `record`. */
function putAttendance(cs, ctx, record, next) {
	return cs.put("attendance", {
		id: record?.id ?? ctx.newId("att"),
		sessionId: next.sessionId,
		enrolmentId: next.enrolmentId,
		code: next.code,
		note: next.note,
		catchUpSent: next.catchUpSent,
		updatedAt: ctx.now,
		updatedBy: ctx.actor.id,
		version: (record?.version ?? 0) + 1
	});
}
// src/domain/commands/transfers.ts
/** Later cohorts of the same type with room, and what a move means topic by topic. */
function transferTargets(r, enrolment, today) {
	const from = r.cohorts.find((c) => c.id === enrolment.cohortId);
	if (!from) return [];
	const held = r.sessions.filter((s) => s.cohortId === from.id).map((s) => ({
		topic: s.topic,
		code: attendanceAt(r.attendance, s.id, enrolment.id)?.code ?? null
	}));
	return r.cohorts.filter((c) => c.id !== from.id && c.type === from.type && c.startDate > from.startDate).filter((c) => {
		const status = cohortStatus(c, r.sessions, today);
		return status !== "completed" && status !== "cancelled";
	}).filter((c) => placesFilled(r.enrolments, c.id) < c.capacity).map((cohort) => {
		const target = r.sessions.filter((s) => s.cohortId === cohort.id).map((s) => ({
			topic: s.topic,
			date: s.date,
			cancelled: s.status !== "scheduled"
		}));
		return {
			cohort,
			...transferFit(held, DEFAULT_TOPICS, target, today)
		};
	});
}
/** A move to a later cohort with room; the old place is freed. The reason stays with staff. */
function transferEnrolment(r, input, ctx) {
	const { enrolment, cohort } = enrolmentInScope(r, input.enrolmentId, ctx);
	expectVersion(input.version, enrolment);
	const target = cohortById(r.cohorts, input.toCohortId);
	if (!transferTargets(r, enrolment, ctx.today).some((t) => t.cohort.id === target.id)) {
		const full = placesFilled(r.enrolments, target.id) >= target.capacity;
		refuse(full ? "cohort_full" : "invalid_state", full ? `${target.name} is full.` : `${target.name} is not a later cohort this person can move to.`, { toCohortId: ["Choose a later cohort with room"] });
	}
	const cs = new ChangeSet();
	const left = cs.put("enrolments", leave(enrolment, "transferred", ctx, `Transferred to ${target.name}: ${input.reason}`));
	const moved = cs.put("enrolments", newEnrolment(ctx, target, enrolment.participantId, {
		agreementRecordedAt: enrolment.agreementRecordedAt,
		note: `Transferred from the earlier cohort: ${input.reason}`,
		joinedOn: ctx.today > target.startDate ? ctx.today : target.startDate
	}));
	freePlace(r, cohort, left, ctx, cs);
	cs.audit("enrolment.transfer", "enrolment", enrolment.id, enrolment, {
		from: left,
		to: moved
	});
	return cs.done(moved);
}
// src/domain/commands/flags.ts
/** Only someone still on the course (confirmed or active) can be flagged. */
function canBeFlagged(status) {
	return status === "confirmed" || status === "active";
}
function flagged(r, enrolment) {
	const summary = enrolmentAbsences(r, enrolment);
	if (!canBeFlagged(enrolment.status) || summary.status === "ok") refuse("not_flagged", "This participant is not flagged for absences; nothing to act on.");
	return summary;
}
/** DOMAIN.md: act on a breach by transfer, keeping with a documented reason, or withdrawal. */
function resolveFlag(r, input, ctx) {
	if (!can(ctx.actor.role, FLAG_DECISION_ACTION[input.action])) refuse("forbidden", "Your role does not allow this decision on a flag.");
	const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
	expectVersion(input.version, enrolment);
	const summary = flagged(r, enrolment);
	if (input.action === "transfer") {
		const out = transferEnrolment(r, input, ctx);
		out.changes.audit.unshift(flagAudit(input, enrolment.id, summary));
		return {
			changes: out.changes,
			result: {
				kind: "moved",
				enrolment: out.result
			}
		};
	}
	if (input.action === "withdraw") {
		const out = withdrawEnrolment(r, {
			...input,
			status: "removed_after_absences"
		}, ctx);
		out.changes.audit.unshift(flagAudit(input, enrolment.id, summary));
		return {
			changes: out.changes,
			result: {
				kind: "left",
				enrolment: out.result
			}
		};
	}
	const cs = new ChangeSet();
	cs.changes.audit.push(flagAudit(input, enrolment.id, summary));
	cs.put("flagReviews", {
		id: ctx.newId("rev"),
		enrolmentId: enrolment.id,
		reason: input.reason,
		at: ctx.now,
		byStaffId: ctx.actor.id,
		absencesAtReview: summary.absences
	});
	return cs.done({
		kind: "kept",
		enrolment
	});
}
function flagAudit(input, enrolmentId, summary) {
	return {
		action: `flag.${input.action}`,
		entity: "enrolment",
		entityId: enrolmentId,
		before: summary,
		after: {
			action: input.action,
			reason: input.reason
		}
	};
}
/** At risk or breached: a record that staff contacted the person before the next session. */
function recordFlagContact(r, input, ctx) {
	const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
	flagged(r, enrolment);
	const cs = new ChangeSet();
	const contact = cs.put("flagContacts", {
		id: ctx.newId("con"),
		enrolmentId: enrolment.id,
		date: input.date,
		byStaffId: ctx.actor.id,
		note: input.note
	});
	cs.audit("flag.contact", "enrolment", enrolment.id, null, contact);
	return cs.done(contact);
}
// src/backend/views/flag-views.ts
/** Absences so far for one enrolment, with the shared rule (src/domain/absence.ts). */
function absenceSummary(db, enrolment) {
	return enrolmentAbsences(db, enrolment);
}
function flagFor(db, enrolment) {
	if (!canBeFlagged(enrolment.status)) return null;
	const summary = absenceSummary(db, enrolment);
	if (summary.status === "ok") return null;
	const participant = db.participants.find((p) => p.id === enrolment.participantId);
	const cohort = db.cohorts.find((c) => c.id === enrolment.cohortId);
	const staffName = (id) => db.staff.find((s) => s.id === id)?.name ?? "Staff";
	const threshold = db.settings.absenceThreshold;
	const opening = summary.missed[summary.status === "breached" ? threshold : threshold - 1] ?? summary.missed[summary.missed.length - 1];
	const review = db.flagReviews.filter((r) => r.enrolmentId === enrolment.id && r.absencesAtReview === summary.absences).at(-1);
	const today = todayIso();
	const next = db.sessions.filter((s) => s.cohortId === enrolment.cohortId && s.status === "scheduled" && s.date >= today).sort((a, b) => a.number - b.number)[0];
	return {
		enrolmentId: enrolment.id,
		enrolmentVersion: enrolment.version,
		participantId: enrolment.participantId,
		name: participant ? `${participant.givenName} ${participant.familyName}` : "Unknown",
		cohortId: enrolment.cohortId,
		cohortName: cohort?.name ?? "",
		status: summary.status,
		absences: summary.absences,
		consecutiveAbsences: summary.consecutiveAbsences,
		missed: summary.missed,
		missedTopics: summary.missedTopics,
		lastAttended: summary.lastAttended,
		openedOn: opening?.date ?? today,
		review: review ? {
			reason: review.reason,
			at: review.at,
			byName: staffName(review.byStaffId)
		} : null,
		contacts: db.flagContacts.filter((c) => c.enrolmentId === enrolment.id).map((c) => ({
			date: c.date,
			byName: staffName(c.byStaffId),
			note: c.note
		})),
		nextSession: next ? {
			number: next.number,
			date: next.date
		} : null
	};
}
// src/backend/refusals.ts
/** A record the request names is not there (404). */
function notFound(what) {
	return refuse("not_found", `${what} was not found.`);
}
// src/backend/views/views.ts
/** One pass over sessions and enrolments, so listing hundreds of cohorts stays linear. */
function indexCohorts(db) {
	const sessions = /* @__PURE__ */ new Map();
	db.sessions.forEach((s) => sessions.set(s.cohortId, [...sessions.get(s.cohortId) ?? [], s]));
	const filled = /* @__PURE__ */ new Map();
	db.enrolments.forEach((e) => holdsPlace(e.status) && filled.set(e.cohortId, (filled.get(e.cohortId) ?? 0) + 1));
	return {
		sessions,
		filled
	};
}
function cohortSummary(db, cohort, today = todayIso(), index) {
	const scheduled = (index ? index.sessions.get(cohort.id) ?? [] : db.sessions.filter((s) => s.cohortId === cohort.id)).filter((s) => s.status === "scheduled");
	const next = scheduled.filter((s) => s.date >= today).sort((a, b) => a.number - b.number)[0];
	const dates = scheduled.map((s) => s.date);
	return {
		...cohort,
		status: lifecycleStatus(cohort.status, dates, today),
		facilitators: cohort.facilitatorIds.flatMap((id) => {
			const s = db.staff.find((x) => x.id === id);
			return s ? [{
				id: s.id,
				name: s.name,
				discipline: s.discipline
			}] : [];
		}),
		filled: index ? index.filled.get(cohort.id) ?? 0 : placesFilled(db.enrolments, cohort.id),
		nextSession: next ? {
			number: next.number,
			date: next.date
		} : null
	};
}
/** The policy's 'own' scope: facilitators see the cohorts they facilitate (DOMAIN.md). */
function canSeeCohort(ctx, cohort) {
	return ctx.scope === "all" || cohort.facilitatorIds.includes(ctx.user.id);
}
function findCohort(db, ctx, id) {
	const cohort = db.cohorts.find((c) => c.id === id);
	if (!cohort) notFound("That cohort");
	if (!canSeeCohort(ctx, cohort)) refuse("forbidden", "You do not facilitate this cohort.");
	return cohort;
}
var rosters = /* @__PURE__ */ new WeakMap();
/** A cohort's people, by family then given name, with their absences. Worked out once per
* cohort per read (a registers list asks for each cohort once per session); a copy each time. */
function roster(db, cohortId) {
	let byCohort = rosters.get(db);
	if (!byCohort) rosters.set(db, byCohort = /* @__PURE__ */ new Map());
	let entries = byCohort.get(cohortId);
	if (!entries) {
		entries = buildRoster(db, cohortId);
		byCohort.set(cohortId, entries);
	}
	return [...entries];
}
function buildRoster(db, cohortId) {
	const people = new Map(db.participants.map((p) => [p.id, p]));
	return db.enrolments.filter((e) => e.cohortId === cohortId).flatMap((e) => {
		const p = people.get(e.participantId);
		if (!p) return [];
		const summary = absenceSummary(db, e);
		return [{
			...e,
			participant: {
				id: p.id,
				givenName: p.givenName,
				familyName: p.familyName
			},
			absences: summary.absences,
			flagStatus: summary.status
		}];
	}).sort((a, b) => a.participant.familyName.localeCompare(b.participant.familyName) || a.participant.givenName.localeCompare(b.participant.givenName));
}
// src/backend/resolvers/cohorts.ts
var cohortResolvers = {
	"GET /cohorts": async (ctx) => {
		const db = await ctx.read();
		const today = todayIso();
		const index = indexCohorts(db);
		return { items: db.cohorts.filter((c) => canSeeCohort(ctx, c)).map((c) => cohortSummary(db, c, today, index)) };
	},
	"GET /cohorts/:id": async (ctx) => {
		const db = await ctx.read();
		const cohort = findCohort(db, ctx, ctx.params.id);
		const sessions = db.sessions.filter((s) => s.cohortId === cohort.id).sort((a, b) => a.number - b.number);
		return {
			cohort: cohortSummary(db, cohort),
			sessions
		};
	},
	"GET /cohorts/:id/enrolments": async (ctx) => {
		const db = await ctx.read();
		return { items: roster(db, findCohort(db, ctx, ctx.params.id).id) };
	},
	"POST /cohorts": async (ctx) => {
		const cohort = await ctx.run((db, cc) => createCohort(db, ctx.body, cc));
		return cohortSummary(await ctx.read(), cohort);
	},
	"PATCH /cohorts/:id": async (ctx) => {
		const cohort = await ctx.run((db, cc) => updateCohort(db, {
			cohortId: ctx.params.id ?? "",
			version: ctx.version,
			changes: ctx.body
		}, cc));
		return cohortSummary(await ctx.read(), cohort);
	},
	"DELETE /cohorts/:id": async (ctx) => await ctx.run((db, cc) => deleteCohort(db, {
		cohortId: ctx.params.id ?? "",
		version: ctx.version
	}, cc)),
	"POST /cohorts/:id/cancel": async (ctx) => {
		const cohort = await ctx.run((db, cc) => cancelCohort(db, {
			cohortId: ctx.params.id ?? "",
			version: ctx.version,
			reason: ctx.body.reason
		}, cc));
		return cohortSummary(await ctx.read(), cohort);
	}
};
// src/domain/metrics.ts
/** The middle value (mean of the two middle values for an even count); null when there is
* nothing to summarise, so a dashboard never shows a made-up 0. */
function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Issue 7: sessions marked 5 or 6 over sessions due (those that took place). */
function attendanceRate(codes) {
	let attended = 0;
	let due = 0;
	for (const code of codes) {
		if (!tookPlace(code)) continue;
		due += 1;
		if (countsAsAttended(code)) attended += 1;
	}
	return {
		attended,
		due,
		rate: due === 0 ? null : attended / due
	};
}
/** Absences split by code (DOMAIN.md: 2, 3 and 7 count as absences). */
function absencesByCode(codes) {
	const counts = {
		[2]: 0,
		[3]: 0,
		[7]: 0
	};
	for (const code of codes) if (code !== null && countsAsAbsence(code)) counts[code] += 1;
	return counts;
}
/** Completion (settings.completionMinSessions of 8, counting codes 5 and 6): reached, still
* reachable with the sessions left, or out of reach. */
function completionStatus(attended, sessionsLeft, minSessions) {
	if (attended >= minSessions) return "completed";
	return attended + sessionsLeft >= minSessions ? "on_track" : "cannot_complete";
}
function countAttended(codes) {
	return codes.filter((c) => c !== null && countsAsAttended(c)).length;
}
/** A share in [0, 1], or null for 0 of 0 (an empty cohort is not 0% full). */
function ratio(part, whole) {
	return whole > 0 ? part / whole : null;
}
/** How many spans cover a day: e.g. people on the waiting list on a month's last day. */
function countOn(spans, day) {
	return spans.filter((s) => s.from <= day && (s.until === null || s.until > day)).length;
}
// src/domain/periods.ts
/** Issue 7: "the last 4 weeks" is the 28 days ending on (and including) the given day. */
function lastFourWeeks(today) {
	return {
		from: addDays(today, -27),
		to: today
	};
}
/** The calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) holding the day. */
function quarterOf(day) {
	const year = Number(day.slice(0, 4));
	const firstMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
	return {
		from: isoFromParts(year, firstMonth, 1),
		to: addDays(isoFromParts(year, firstMonth + 3, 1), -1)
	};
}
function monthKey(day) {
	return day.slice(0, 7);
}
/** The month holding the day and the n - 1 before it, oldest first, as 'YYYY-MM'. */
function monthsEndingAt(day, n) {
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	return Array.from({ length: n }, (_, i) => monthKey(isoFromParts(year, month - (n - 1 - i), 1)));
}
/** The months a period touches, oldest first. */
function monthsIn(period) {
	const months = [];
	for (let m = monthKey(period.from); m <= monthKey(period.to);) {
		months.push(m);
		m = monthKey(isoFromParts(Number(m.slice(0, 4)), Number(m.slice(5, 7)) + 1, 1));
	}
	return months;
}
/** The last day of a 'YYYY-MM' month, or `cap` if that comes first (the current month so far). */
function monthEnd(month, cap) {
	const end = addDays(isoFromParts(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1, 1), -1);
	return end < cap ? end : cap;
}
function inPeriod(day, period) {
	return day >= period.from && day <= period.to;
}
// src/backend/views/dashboard-scope.ts
/** The cohorts a dashboard covers: what the user may see (facilitators: their own), narrowed
* by the filters. Status is the derived lifecycle status, as the cohorts list shows it. */
function scopedCohorts(db, viewer, filters, today) {
	return db.cohorts.filter((c) => canSeeCohort(viewer, c)).map((c) => cohortSummary(db, c, today)).filter((c) => !filters.status || c.status === filters.status).filter((c) => !filters.delivery || c.delivery === filters.delivery).filter((c) => !filters.facilitator || c.facilitatorIds.includes(filters.facilitator));
}
/** With no date range, each figure keeps the window issue 7 names (last 4 weeks, this quarter,
* last 6 months of charts); a chosen range applies to all of them, so a shared link is exact. */
function windowsFor(filters, today) {
	if (filters.from || filters.to) {
		const range = {
			from: filters.from ?? "2000-01-01",
			to: filters.to ?? today
		};
		return {
			attendance: range,
			vacancies: range,
			charts: range
		};
	}
	const sixMonthsFrom = `${monthsEndingAt(today, 6)[0] ?? today.slice(0, 7)}-01`;
	return {
		attendance: lastFourWeeks(today),
		vacancies: quarterOf(today),
		charts: {
			from: sixMonthsFrom,
			to: today
		}
	};
}
/** Register rows of held sessions in the period (a session later than today is not held).
* A provider-cancelled session counts as code 4 whatever its rows say, as flags do. */
function attendanceRows(db, cohortIds, period, today) {
	const sessions = new Map(db.sessions.filter((s) => cohortIds.has(s.cohortId) && inPeriod(s.date, period) && s.date <= today).map((s) => [s.id, s]));
	const enrolments = new Map(db.enrolments.map((e) => [e.id, e]));
	return db.attendance.flatMap((a) => {
		const session = sessions.get(a.sessionId);
		const enrolment = enrolments.get(a.enrolmentId);
		if (!session || !enrolment || session.date < enrolment.joinedOn) return [];
		return [{
			session,
			enrolment,
			code: sessionCode(session, a.code)
		}];
	});
}
// src/backend/views/dashboard-charts.ts
function charts(db, user, cohorts, windows, today) {
	const period = windows.charts;
	const courseRows = attendanceRows(db, new Set(cohorts.filter((c) => c.type === "course").map((c) => c.id)), period, today);
	const allRows = attendanceRows(db, new Set(cohorts.map((c) => c.id)), period, today);
	const months = monthsIn(period);
	return {
		attendanceByWeek: [
			1,
			2,
			3,
			4,
			5,
			6,
			7,
			8
		].map((week) => ({
			week,
			...attendanceRate(courseRows.filter((r) => r.session.number === week).map((r) => r.code))
		})),
		absencesByMonth: months.map((month) => {
			const counts = absencesByCode(allRows.filter((r) => monthKey(r.session.date) === month).map((r) => r.code));
			return {
				month,
				code2: counts[2],
				code3: counts[3],
				code7: counts[7]
			};
		}),
		waitingByMonth: !can(user.role, "referral.read") ? null : waitingByMonth(db, months, period, today),
		occupancy: cohorts.filter((c) => c.status !== "cancelled").sort((a, b) => a.startDate.localeCompare(b.startDate)).map((c) => ({
			cohortId: c.id,
			name: c.name,
			status: c.status,
			filled: c.filled,
			capacity: c.capacity
		}))
	};
}
function waitingByMonth(db, months, period, today) {
	const spans = db.referrals.flatMap((r) => {
		const span = waitingSpan(db, r);
		return span ? [span] : [];
	});
	const cap = period.to < today ? period.to : today;
	return months.map((month) => {
		const date = monthEnd(month, cap);
		return {
			month,
			date,
			waiting: countOn(spans, date)
		};
	});
}
/** On the list from the referral date until enrolled or removed. The day someone left comes
* from their enrolment (joinedOn) or the referral's audit trail; with neither, the past is
* unknown and the person is left out of the history rather than guessed. */
function waitingSpan(db, r) {
	if (r.status === "waiting" || r.status === "offered") return {
		from: r.referralDate,
		until: null
	};
	const joined = r.status === "enrolled" ? db.enrolments.filter((e) => e.participantId === r.participantId && e.joinedOn >= r.referralDate).map((e) => e.joinedOn).sort()[0] : void 0;
	const event = db.audit.filter((a) => a.entity === "referral" && a.entityId === r.id && a.action !== "referral.create").at(-1);
	const until = joined ?? event?.at.slice(0, 10);
	return until ? {
		from: r.referralDate,
		until
	} : null;
}
// src/backend/views/dashboard-cohort.ts
/** One cohort's figures for the manager's cohort dashboard (issue 7, part 2). */
function cohortDashboard(db, cohort, today) {
	const sessions = db.sessions.filter((s) => s.cohortId === cohort.id).sort((a, b) => a.number - b.number);
	const codeOf = (sessionId, enrolmentId, providerCancelled) => providerCancelled ? 4 : markOf(db, sessionId, enrolmentId)?.code ?? null;
	const people = roster(db, cohort.id).filter((e) => e.status !== "offered");
	const minSessions = Math.min(db.settings.completionMinSessions, sessions.length);
	const participants = people.map((e) => {
		const cells = sessions.map((s) => {
			if (!wasEnrolledOn(e, s.date)) return {
				sessionNumber: s.number,
				code: null,
				state: "not_enrolled"
			};
			const code = codeOf(s.id, e.id, s.status === "cancelled_by_provider");
			if (code !== null) return {
				sessionNumber: s.number,
				code,
				state: "marked"
			};
			return {
				sessionNumber: s.number,
				code: null,
				state: s.date > today ? "future" : "unmarked"
			};
		});
		const codes = cells.map((c) => c.code);
		const sessionsLeft = sessions.filter((s, i) => s.status === "scheduled" && s.date >= today && cells[i]?.state !== "marked" && cells[i]?.state !== "not_enrolled").length;
		const attended = countAttended(codes);
		return {
			enrolmentId: e.id,
			name: `${e.participant.givenName} ${e.participant.familyName}`,
			status: e.status,
			cells,
			attended,
			absences: e.absences,
			flag: flagFor(db, e)?.status ?? "ok",
			completion: completionStatus(attended, sessionsLeft, minSessions)
		};
	});
	const sessionTallies = sessions.map((s, i) => {
		const held = participants.map((p) => p.cells[i]).filter((c) => c && c.state !== "not_enrolled" && c.state !== "future");
		const n = (code) => held.filter((c) => c?.code === code).length;
		return {
			sessionId: s.id,
			number: s.number,
			date: s.date,
			providerCancelled: s.status === "cancelled_by_provider",
			code5: n(5),
			code6: n(6),
			code7: n(7),
			code2: n(2),
			code3: n(3),
			unmarked: held.filter((c) => c?.state === "unmarked").length
		};
	});
	const { attended, due, rate } = attendanceRate(participants.flatMap((p) => p.cells.map((c) => c.code)));
	return {
		today,
		cohort: cohortSummary(db, cohort, today),
		completionMinSessions: minSessions,
		absenceThreshold: db.settings.absenceThreshold,
		attendance: {
			attended,
			due,
			rate
		},
		completion: {
			completed: participants.filter((p) => p.completion === "completed").length,
			onTrack: participants.filter((p) => p.completion === "on_track").length,
			cannotComplete: participants.filter((p) => p.completion === "cannot_complete").length
		},
		sessions: sessionTallies,
		participants
	};
}
// src/domain/waiting-list.ts
/** Whole weeks since referral: what staff quote to people asking how long they have waited. */
function waitWeeks(referralDate, today) {
	return Math.max(0, Math.floor(daysBetween(referralDate, today) / 7));
}
/** DOMAIN.md "fill freed places by offering them to the right person": urgent first, then
* longest waiting; the id breaks ties so the order is the same on every screen. */
function compareWaiting(a, b) {
	if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
	if (a.referralDate !== b.referralDate) return a.referralDate < b.referralDate ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** 'open': still on the list (waiting, or holding an offer not yet answered). */
function matchesStatus(status, filter) {
	if (filter === "all") return true;
	if (filter === "open") return status === "waiting" || status === "offered";
	return status === filter;
}
/** What a search box's text is compared with: lower case, runs of spaces as one, and an NHS
* number read out in groups ("943 476 5919") as its bare digits. */
function searchNeedle(text) {
	const raw = text.trim().toLowerCase().replace(/\s+/g, " ");
	return /^[\d ]+$/.test(raw) ? raw.replace(/ /g, "") : raw;
}
/** A name ("given family") or an NHS number containing the needle. */
function matchesNeedle(r, needle) {
	return needle === "" || `${r.givenName} ${r.familyName}`.toLowerCase().includes(needle) || r.nhsNumber.includes(needle);
}
var STATUS_ORDER = {
	waiting: 0,
	offered: 1,
	enrolled: 2,
	removed: 3
};
/** Lower-case "family given", for sorting by name. */
function nameKey(r) {
	return `${r.familyName} ${r.givenName}`.toLowerCase();
}
function compareKeys(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
/** A column's order (`desc` turns that column round), ties in priority order. Waiting time
* ascending is the newest referral first. */
function compareListed(sort, desc) {
	const key = sort === "name" ? nameKey : sort === "wait" ? (r) => -Date.parse(r.referralDate) : sort === "urgency" ? (r) => r.urgent ? 1 : 0 : sort === "status" ? (r) => STATUS_ORDER[r.status] : null;
	if (!key) return compareWaiting;
	const sign = desc ? -1 : 1;
	return (a, b) => sign * compareKeys(key(a), key(b)) || compareWaiting(a, b);
}
/** One page of the list: the rows the filters and search let through, in the asked order. */
function searchWaitingList(referrals, q) {
	const needle = searchNeedle(q.text);
	const matching = referrals.filter((r) => matchesStatus(r.status, q.status) && (q.urgency === "all" || r.urgent === (q.urgency === "urgent")) && matchesNeedle(r, needle));
	matching.sort(compareListed(q.sort, q.desc));
	return {
		items: matching.slice(q.offset, q.offset + q.limit),
		total: matching.length,
		onList: referrals.filter((r) => matchesStatus(r.status, "open")).length
	};
}
// src/backend/views/dashboard-summary.ts
/** When a vacancy was filled: vacancies carry no timestamp of their own, so it is the accepted
* offer's decision time (recordOfferOutcome in src/domain/commands/offer-outcomes.ts), or
* failing that the 'vacancy.fill' audit event. */
function filledOn(db, vacancy) {
	if (vacancy.status !== "filled") return null;
	const offer = db.offers.find((o) => o.vacancyId === vacancy.id && o.status === "accepted" && o.decidedAt);
	if (offer?.decidedAt) return offer.decidedAt.slice(0, 10);
	const event = db.audit.find((a) => a.entity === "vacancy" && a.entityId === vacancy.id && a.action === "vacancy.fill");
	return event ? event.at.slice(0, 10) : null;
}
function headline(db, user, cohorts, windows, today) {
	const ids = new Set(cohorts.map((c) => c.id));
	const live = cohorts.filter((c) => c.status === "running" || c.status === "planned");
	const filled = live.reduce((n, c) => n + c.filled, 0);
	const capacity = live.reduce((n, c) => n + c.capacity, 0);
	const rate = attendanceRate(attendanceRows(db, ids, windows.attendance, today).map((r) => r.code));
	const flags = db.enrolments.filter((e) => ids.has(e.cohortId)).map((e) => flagFor(db, e)?.status);
	const vacancies = db.vacancies.filter((v) => ids.has(v.cohortId) && inPeriod(v.openedAt.slice(0, 10), windows.vacancies));
	const fills = vacancies.filter((v) => v.status === "filled");
	const daysToFill = fills.flatMap((v) => {
		const on = filledOn(db, v);
		return on ? [Math.max(0, daysBetween(v.openedAt.slice(0, 10), on))] : [];
	});
	return {
		cohorts: {
			running: live.filter((c) => c.status === "running").length,
			planned: live.filter((c) => c.status === "planned").length
		},
		places: {
			filled,
			capacity,
			share: ratio(filled, capacity)
		},
		attendance: {
			...rate,
			period: windows.attendance
		},
		flags: {
			atRisk: flags.filter((s) => s === "at_risk").length,
			breached: flags.filter((s) => s === "breached").length
		},
		waiting: !can(user.role, "referral.read") ? null : waitingNow(db, today),
		vacancies: {
			opened: vacancies.length,
			filled: fills.length,
			medianDaysToFill: median(daysToFill),
			period: windows.vacancies
		}
	};
}
function waitingNow(db, today) {
	const waiting = db.referrals.filter((r) => r.status === "waiting");
	return {
		count: waiting.length,
		medianWeeks: median(waiting.map((r) => waitWeeks(r.referralDate, today)))
	};
}
// src/backend/resolvers/dashboard.ts
var dashboardResolvers = {
	"GET /dashboard/summary": async (ctx) => {
		const { user, query: filters } = ctx;
		const db = await ctx.read({
			everyone: true,
			listHistory: true
		});
		const today = todayIso();
		const visible = scopedCohorts(db, ctx, {}, today);
		const cohorts = scopedCohorts(db, ctx, filters, today);
		const windows = windowsFor(filters, today);
		const facilitatorIds = new Set(visible.flatMap((c) => c.facilitatorIds));
		return {
			today,
			cohortCount: cohorts.length,
			headline: headline(db, user, cohorts, windows, today),
			chartPeriod: windows.charts,
			charts: charts(db, user, cohorts, windows, today),
			facilitators: db.staff.filter((s) => facilitatorIds.has(s.id)).map((s) => ({
				id: s.id,
				name: s.name
			})).sort((a, b) => a.name.localeCompare(b.name))
		};
	},
	"GET /dashboard/cohorts/:id": async (ctx) => {
		const db = await ctx.read();
		return cohortDashboard(db, findCohort(db, ctx, ctx.params.id), todayIso());
	}
};
// src/domain/commands/cannot-attend.ts
/** DOMAIN.md: notice of an absence at an upcoming session is recorded as code 2 (it still counts
* as an absence). Past sessions and finalised registers change only on the register, as an
* amendment with a reason. */
function recordCannotAttend(r, input, ctx) {
	const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
	const session = found(r.sessions.find((s) => s.cohortId === enrolment.cohortId && s.number === input.sessionNumber), `Session ${input.sessionNumber}`);
	const field = { sessionNumber: ["Choose an upcoming session"] };
	if (session.status !== "scheduled") refuse("invalid_state", "That session was cancelled by the service.", field);
	if (session.date < ctx.today) refuse("invalid_state", "That session has already happened: mark it on its register.", field);
	if (session.registerFinalisedAt) refuse("invalid_state", "That register is finalised: change the mark there, as an amendment with a reason.", field);
	const record = attendanceAt(r.attendance, session.id, enrolment.id);
	if (markedOnRegister(record?.code ?? null)) refuse("invalid_state", `${personName(r.participants, enrolment.participantId)} is already marked on that register.`, field);
	const cs = new ChangeSet();
	const next = putAttendance(cs, ctx, record, {
		sessionId: session.id,
		enrolmentId: enrolment.id,
		code: 2,
		note: input.note || "Gave notice",
		catchUpSent: record?.catchUpSent ?? false
	});
	cs.audit("attendance.cannot_attend", "attendance", next.id, record ?? null, next);
	return cs.done(next);
}
// src/backend/scope-context.ts
/** Who is asking, for the domain's scope checks on a read (no records are written). */
function scopeContext(ctx) {
	return {
		actor: {
			id: ctx.user.id,
			role: ctx.user.role,
			scope: ctx.scope
		},
		now: (/* @__PURE__ */ new Date()).toISOString(),
		today: todayIso(),
		newId: () => {
			throw new Error("A read makes no records");
		}
	};
}
// src/backend/resolvers/enrolment-actions.ts
var enrolmentActionResolvers = {
	"GET /enrolments/:id/transfer-options": async (ctx) => {
		const db = await ctx.read();
		const { enrolment } = enrolmentInScope(db, ctx.params.id ?? "", scopeContext(ctx));
		const today = todayIso();
		return { items: transferTargets(db, enrolment, today).map(({ cohort, ...fit }) => ({
			cohort: cohortSummary(db, cohort, today),
			...fit
		})) };
	},
	"POST /enrolments/:id/transfer": async (ctx) => {
		const moved = await ctx.run((db, cc) => transferEnrolment(db, {
			...ctx.body,
			enrolmentId: ctx.params.id ?? "",
			version: ctx.version
		}, cc));
		return roster(await ctx.read(), moved.cohortId).find((r) => r.id === moved.id);
	},
	"POST /enrolments/:id/withdraw": async (ctx) => {
		const left = await ctx.run((db, cc) => withdrawEnrolment(db, {
			...ctx.body,
			enrolmentId: ctx.params.id ?? "",
			version: ctx.version
		}, cc));
		return roster(await ctx.read(), left.cohortId).find((r) => r.id === left.id);
	},
	"POST /enrolments/:id/cannot-attend": async (ctx) => await ctx.run((db, cc) => recordCannotAttend(db, {
		...ctx.body,
		enrolmentId: ctx.params.id ?? ""
	}, cc))
};
// src/backend/resolvers/enrolments.ts
var enrolmentResolvers = {
	"POST /participants/search": async (ctx) => {
		return { items: await ctx.findPeople(ctx.body.q) };
	},
	"GET /cohorts/:id/waiting-candidates": async (ctx) => {
		findCohort(await ctx.read(), ctx, ctx.params.id);
		const { items: waiting } = await ctx.waitingList({
			text: "",
			status: "waiting",
			urgency: "all",
			desc: false,
			offset: 0,
			limit: 15
		});
		return { items: waiting.map((r) => ({
			participantId: r.participantId,
			name: `${r.givenName} ${r.familyName}`,
			referralDate: r.referralDate,
			urgent: r.urgent
		})) };
	},
	"POST /cohorts/:id/enrolments": async (ctx) => {
		const enrolment = await ctx.run((db, cc) => enrolParticipant(db, {
			...ctx.body,
			cohortId: ctx.params.id ?? ""
		}, cc), { participantIds: [ctx.body.participantId] });
		return roster(await ctx.read(), enrolment.cohortId).find((r) => r.id === enrolment.id);
	},
	"PATCH /enrolments/:id": async (ctx) => {
		const enrolment = await ctx.run((db, cc) => recordAgreement(db, {
			enrolmentId: ctx.params.id ?? "",
			version: ctx.version
		}, cc));
		return roster(await ctx.read(), enrolment.cohortId).find((r) => r.id === enrolment.id);
	}
};
// src/backend/resolvers/flags.ts
var flagResolvers = {
	"GET /flags": async (ctx) => {
		const db = await ctx.read();
		const visible = new Set(db.cohorts.filter((c) => canSeeCohort(ctx, c)).map((c) => c.id));
		return {
			items: db.enrolments.filter((e) => visible.has(e.cohortId)).flatMap((e) => flagFor(db, e) ?? []),
			threshold: db.settings.absenceThreshold
		};
	},
	"POST /flags/:enrolmentId/resolve": async (ctx) => {
		const { kind, enrolment } = await ctx.run((db, cc) => resolveFlag(db, {
			...ctx.body,
			enrolmentId: ctx.params.enrolmentId ?? "",
			version: ctx.version
		}, cc));
		const db = await ctx.read();
		if (kind === "kept") return flagFor(db, enrolment);
		return roster(db, enrolment.cohortId).find((r) => r.id === enrolment.id) ?? null;
	},
	"POST /flags/:enrolmentId/contacts": async (ctx) => {
		const contact = await ctx.run((db, cc) => recordFlagContact(db, {
			...ctx.body,
			enrolmentId: ctx.params.enrolmentId ?? ""
		}, cc));
		const db = await ctx.read();
		const enrolment = db.enrolments.find((e) => e.id === contact.enrolmentId);
		return enrolment ? flagFor(db, enrolment) : null;
	}
};
// src/domain/eligibility.ts
/** DOMAIN.md "The service": the course is for one borough's patients. */
var SERVICE_BOROUGH$1 = "Islington";
var same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** Decision (issue 6): only the service borough is eligible. Camden gets DOMAIN.md's specific
* signposting; any other borough gets a generic "not in our area" answer, because this service
* cannot vouch for what each other borough offers. */
function checkEligibility(borough) {
	if (same(borough, "Islington")) return { eligible: true };
	if (same(borough, "Camden")) return {
		eligible: false,
		reason: "signpost_camden",
		message: "Not added: this course is for Islington patients. Signpost the person to Camden’s MSK pain services, which they can reach by self-referral or through their GP."
	};
	return {
		eligible: false,
		reason: "outside_area",
		message: `Not added: this course is only for patients registered in ${SERVICE_BOROUGH$1}. Suggest the person asks their GP about pain services in their own area.`
	};
}
// src/domain/commands/referrals.ts
/** Waiting and offered people are still on the list: one referral of theirs per NHS number. */
var ON_WAITING_LIST = ["waiting", "offered"];
function isOnWaitingList(referral) {
	return ON_WAITING_LIST.includes(referral.status);
}
/** POST /referrals: an eligible person joins the waiting list, once, on one participant record. */
function createReferral(r, input, ctx) {
	const eligibility = checkEligibility(input.borough);
	if (!eligibility.eligible) refuse("ineligible_borough", eligibility.message, { borough: [eligibility.message] }, { reason: eligibility.reason });
	const existing = r.referrals.find((x) => x.nhsNumber === input.nhsNumber && isOnWaitingList(x));
	if (existing) refuse("duplicate_nhs_number", `${fullName(existing)} is already on the waiting list with this NHS number.`, { nhsNumber: ["Already on the waiting list"] }, { id: existing.id });
	const cs = new ChangeSet();
	const person = r.participants.find((p) => p.nhsNumber === input.nhsNumber) ?? cs.put("participants", {
		id: ctx.newId("ptc"),
		givenName: input.givenName,
		familyName: input.familyName,
		nhsNumber: input.nhsNumber,
		dateOfBirth: input.dateOfBirth,
		borough: input.borough,
		phone: input.phone || null,
		email: input.email || null
	});
	const referral = cs.put("referrals", {
		id: ctx.newId("ref"),
		participantId: person.id,
		givenName: input.givenName,
		familyName: input.familyName,
		nhsNumber: input.nhsNumber,
		borough: input.borough,
		gpPractice: input.gpPractice,
		referralDate: input.referralDate,
		availability: {
			days: [...input.availability.days],
			times: [...input.availability.times]
		},
		accessNeeds: input.accessNeeds,
		urgent: input.urgent,
		notes: input.notes,
		status: "waiting",
		version: 1
	});
	cs.audit("referral.create", "referral", referral.id, null, referral);
	return cs.done(referral);
}
// src/backend/resolvers/referrals.ts
var referralResolvers = {
	"POST /referrals/search": async (ctx) => {
		const { items, total, onList } = await ctx.waitingList(ctx.body);
		return {
			items: items.map((r) => ({
				id: r.id,
				givenName: r.givenName,
				familyName: r.familyName,
				nhsNumber: r.nhsNumber,
				referralDate: r.referralDate,
				availability: r.availability,
				urgent: r.urgent,
				status: r.status
			})),
			total,
			onList,
			offset: ctx.body.offset,
			today: todayIso()
		};
	},
	"GET /referrals/:id": async (ctx) => {
		const { params } = ctx;
		const db = await ctx.read({ referralIds: [params.id] });
		const referral = db.referrals.find((r) => r.id === params.id) ?? notFound("That referral");
		const person = db.participants.find((p) => p.id === referral.participantId);
		return {
			...referral,
			dateOfBirth: person?.dateOfBirth ?? "1900-01-01",
			phone: person?.phone ?? null,
			email: person?.email ?? null,
			today: todayIso()
		};
	},
	"POST /referrals": async (ctx) => await ctx.run((db, cc) => createReferral(db, ctx.body, cc), { nhsNumbers: [ctx.body.nhsNumber] })
};
// src/domain/commands/registers.ts
/** PUT /sessions/:sessionId/attendance/:enrolmentId: mark, note or catch-up for one person.
* DOMAIN.md: no one is present before the group agreement; a finalised register changes only
* as an amendment with a reason, whatever the change. */
function markAttendance(r, input, ctx) {
	const { session } = sessionInScope(r, input.sessionId, ctx);
	const enrolment = found(registerEnrolments(r.enrolments, session).find((e) => e.id === input.enrolmentId), "That participant on this register");
	if (session.status === "cancelled_by_provider") refuse("invalid_state", "The provider cancelled this session; there is nothing to mark.");
	if (session.date > ctx.today) refuse("invalid_state", "This session has not happened yet.");
	if (input.code !== void 0 && countsAsAttended(input.code) && !enrolment.agreementRecordedAt) refuse("agreement_missing", "Record the group agreement before marking this person present.", { code: ["Group agreement not recorded"] });
	const amendmentReason = input.amendmentReason?.trim() || null;
	const amending = Boolean(session.registerFinalisedAt);
	if (amending && !amendmentReason) refuse("invalid_state", "This register is finalised: give a reason for the amendment.", { amendmentReason: ["Give a reason for the amendment"] });
	const record = attendanceAt(r.attendance, session.id, enrolment.id);
	expectVersion(input.version, record ?? { version: 0 }, record ?? null);
	const cs = new ChangeSet();
	const next = putAttendance(cs, ctx, record, {
		sessionId: session.id,
		enrolmentId: enrolment.id,
		code: input.code ?? record?.code ?? null,
		note: input.note ?? record?.note ?? "",
		catchUpSent: input.catchUpSent ?? record?.catchUpSent ?? false
	});
	cs.audit(amending ? "attendance.amend" : "attendance.mark", "attendance", next.id, record ?? null, {
		...next,
		amendmentReason
	});
	return cs.done(next);
}
/** POST /sessions/:sessionId/finalise: once, and only when everyone on it is marked. */
function finaliseRegister(r, input, ctx) {
	const { session } = sessionInScope(r, input.sessionId, ctx);
	expectVersion(input.version, session);
	if (session.registerFinalisedAt) refuse("invalid_state", "This register is already finalised.");
	const unmarked = unmarkedCount(r, session);
	if (unmarked > 0) refuse("invalid_state", unmarked === 1 ? "1 person is not marked yet." : `${unmarked} people are not marked yet.`);
	const cs = new ChangeSet();
	const next = cs.put("sessions", {
		...session,
		registerFinalisedAt: ctx.now,
		version: session.version + 1
	});
	cs.audit("register.finalise", "session", session.id, session, next);
	return cs.done(next);
}
// src/backend/views/register-views.ts
/** The cohort's roster as far as it is on this session's register (the domain's rule). */
function registerRoster(db, session) {
	return registerEnrolments(roster(db, session.cohortId), session);
}
function buildRegister(db, session) {
	const cohort = db.cohorts.find((c) => c.id === session.cohortId);
	if (!cohort) throw new Error("session without cohort");
	const sessions = db.sessions.filter((s) => s.cohortId === cohort.id).sort((a, b) => a.number - b.number);
	const rows = registerRoster(db, session).map((enrolment) => {
		const records = db.attendance.filter((a) => a.enrolmentId === enrolment.id);
		return {
			enrolment,
			record: records.find((r) => r.sessionId === session.id) ?? null,
			otherSessions: sessions.filter((s) => s.id !== session.id).map((s) => ({
				sessionId: s.id,
				sessionNumber: s.number,
				date: s.date,
				topic: s.topic,
				code: sessionCode(s, records.find((r) => r.sessionId === s.id)?.code ?? null)
			}))
		};
	});
	return {
		session,
		cohort: cohortSummary(db, cohort),
		rows,
		absenceThreshold: db.settings.absenceThreshold
	};
}
function registerListItem(db, session) {
	const expected = registerRoster(db, session);
	const ids = new Set(expected.map((e) => e.id));
	const marked = db.attendance.filter((a) => a.sessionId === session.id && ids.has(a.enrolmentId) && a.code !== null).length;
	const cohort = db.cohorts.find((c) => c.id === session.cohortId);
	return {
		session,
		cohortId: session.cohortId,
		cohortName: cohort?.name ?? "",
		expected: expected.length,
		marked
	};
}
// src/backend/resolvers/registers.ts
var registerResolvers = {
	"GET /registers": async (ctx) => {
		const db = await ctx.read();
		const visible = new Set(db.cohorts.filter((c) => c.status !== "cancelled" && canSeeCohort(ctx, c)).map((c) => c.id));
		return {
			items: db.sessions.filter((s) => visible.has(s.cohortId)).map((s) => registerListItem(db, s)),
			today: todayIso()
		};
	},
	"GET /sessions/:sessionId/register": async (ctx) => {
		const db = await ctx.read();
		const { session } = sessionInScope(db, ctx.params.sessionId ?? "", scopeContext(ctx));
		return buildRegister(db, session);
	},
	"PUT /sessions/:sessionId/attendance/:enrolmentId": async (ctx) => await ctx.run((db, cc) => markAttendance(db, {
		...ctx.body,
		sessionId: ctx.params.sessionId ?? "",
		enrolmentId: ctx.params.enrolmentId ?? "",
		version: ctx.version
	}, cc)),
	"POST /sessions/:sessionId/finalise": async (ctx) => {
		const session = await ctx.run((db, cc) => finaliseRegister(db, {
			sessionId: ctx.params.sessionId ?? "",
			version: ctx.version
		}, cc));
		return buildRegister(await ctx.read(), session);
	},
	"GET /cohorts/:id/attendance-export": async (ctx) => {
		const db = await ctx.read();
		const cohort = findCohort(db, ctx, ctx.params.id);
		const sessions = db.sessions.filter((s) => s.cohortId === cohort.id).sort((a, b) => a.number - b.number);
		const today = todayIso();
		const rows = sessions.flatMap((session) => {
			const register = buildRegister(db, session);
			const present = register.rows.filter((r) => r.record?.code != null && countsAsAttended(r.record.code)).length;
			return register.rows.map((r) => ({
				nhsNumber: db.participants.find((p) => p.id === r.enrolment.participantId)?.nhsNumber ?? "",
				participant: fullName(r.enrolment.participant),
				sessionNumber: session.number,
				date: session.date,
				topic: session.topic,
				attendanceCode: sessionCode(session, session.date > today ? 0 : r.record?.code ?? 0),
				medium: cohort.delivery === "online" ? "video" : "face to face",
				therapyMode: 3,
				participants: present,
				facilitators: cohort.facilitatorIds.length
			}));
		});
		return {
			cohortName: cohort.name,
			rows
		};
	}
};
// src/domain/commands/sessions.ts
/** A register has been taken once anyone has a code other than 2 (notice given beforehand). */
function registerTaken(r, session) {
	return r.attendance.some((a) => a.sessionId === session.id && markedOnRegister(a.code));
}
/** PATCH /sessions/:sessionId: a new date, not a bank holiday, strictly between its neighbours
* (src/domain/schedule.ts), and only while no register has been taken. */
function rescheduleSession(r, input, ctx) {
	const { session } = sessionInScope(r, input.sessionId, ctx);
	expectVersion(input.version, session);
	if (registerTaken(r, session)) refuse("invalid_state", "This session already has a register; it cannot move.");
	const siblings = r.sessions.filter((s) => s.cohortId === session.cohortId);
	try {
		rescheduleSession$1(siblings, session.number, input.date);
	} catch (e) {
		if (e instanceof ScheduleError) refuse("validation_failed", e.message, { date: [e.message] });
		throw e;
	}
	const cs = new ChangeSet();
	const next = cs.put("sessions", {
		...session,
		date: input.date,
		version: session.version + 1
	});
	cs.audit("session.reschedule", "session", session.id, session, next);
	return cs.done(next);
}
/** POST /sessions/:sessionId/cancel. DOMAIN.md code 4: cancelled by the provider, for everyone
* on the register; it is not an absence. */
function cancelSession(r, input, ctx) {
	const { session } = sessionInScope(r, input.sessionId, ctx);
	expectVersion(input.version, session);
	if (session.status === "cancelled_by_provider") refuse("invalid_state", "This session is already cancelled.");
	const cs = new ChangeSet();
	const next = cs.put("sessions", {
		...session,
		status: "cancelled_by_provider",
		version: session.version + 1
	});
	for (const enrolment of registerEnrolments(r.enrolments, session)) {
		const record = attendanceAt(r.attendance, session.id, enrolment.id);
		putAttendance(cs, ctx, record, {
			sessionId: session.id,
			enrolmentId: enrolment.id,
			code: 4,
			note: record?.note ?? "",
			catchUpSent: record?.catchUpSent ?? false
		});
	}
	cs.audit("session.cancel", "session", session.id, session, {
		...next,
		reason: input.reason
	});
	return cs.done(next);
}
// src/backend/resolvers/sessions.ts
var sessionResolvers = {
	"PATCH /sessions/:sessionId": async (ctx) => await ctx.run((db, cc) => rescheduleSession(db, {
		...ctx.body,
		sessionId: ctx.params.sessionId ?? "",
		version: ctx.version
	}, cc)),
	"POST /sessions/:sessionId/cancel": async (ctx) => await ctx.run((db, cc) => cancelSession(db, {
		...ctx.body,
		sessionId: ctx.params.sessionId ?? "",
		version: ctx.version
	}, cc))
};
// src/backend/resolvers/staff.ts
/** By name as people read a list (en-GB collation), then by id: the same order on every
* backend, whatever order its records come in (the mock's are in seed order, the server's
* by id). */
function byNameThenId(a, b) {
	return a.name.localeCompare(b.name, "en-GB") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
var staffResolvers = { "GET /staff": async (ctx) => ({ items: [...(await ctx.read()).staff].sort(byNameThenId) }) };
// src/domain/commands/settings.ts
/** PATCH /settings: the service-wide rules, changed only from the version the admin saw.
* Flags are derived from attendance and the threshold on every read, so a new threshold
* re-evaluates every flag at once; the change itself is audited. */
function updateSettings(r, input, _ctx) {
	expectVersion(input.version, r.settings);
	const cs = new ChangeSet();
	const next = {
		absenceThreshold: input.absenceThreshold,
		lateJoinCutoffSession: input.lateJoinCutoffSession,
		completionMinSessions: input.completionMinSessions,
		version: r.settings.version + 1
	};
	cs.changes.settings = next;
	cs.audit("settings.update", "settings", "service", r.settings, next);
	return cs.done(next);
}
// src/backend/resolvers/settings.ts
var settingsResolvers = {
	"GET /settings": async (ctx) => (await ctx.read()).settings,
	"PATCH /settings": async (ctx) => await ctx.run((db, cc) => updateSettings(db, {
		...ctx.body,
		version: ctx.version
	}, cc))
};
var HOUR_MS = 36e5;
function offerExpiresAt(now, hours = 48) {
	return new Date(now.getTime() + hours * HOUR_MS).toISOString();
}
/** Past its expiry an open offer can only be recorded as expired, never accepted. */
function isPastExpiry(offer, now) {
	return new Date(offer.expiresAt).getTime() <= now.getTime();
}
// src/domain/commands/offer-outcomes.ts
var OUTCOME_ACTION = {
	accepted: "offer.accept",
	declined: "offer.decline",
	expired: "offer.expire"
};
/** POST /offers/:id/outcome. The offer's version changes with its outcome, so of many concurrent
* answers only the first finds its version current (If-Match). */
function recordOfferOutcome(r, input, ctx) {
	const offer = found(r.offers.find((o) => o.id === input.offerId), "That offer");
	expectVersion(input.version, offer);
	if (offer.status !== "open") refuse("invalid_state", `This offer was already ${offer.status}.`);
	const vacancy = found(r.vacancies.find((v) => v.id === offer.vacancyId), "That vacancy");
	const cs = new ChangeSet();
	if (input.outcome === "accepted") acceptOffer(r, offer, vacancy, ctx, cs);
	else {
		if (input.outcome === "expired" && !isPastExpiry(offer, new Date(ctx.now))) refuse("invalid_state", "This offer has not expired yet.");
		const referral = r.referrals.find((x) => x.id === offer.referralId);
		if (referral) cs.put("referrals", {
			...referral,
			status: "waiting",
			version: referral.version + 1
		});
		cs.put("vacancies", {
			...vacancy,
			version: vacancy.version + 1
		});
	}
	const decided = cs.put("offers", {
		...offer,
		status: input.outcome,
		decidedAt: ctx.now,
		version: offer.version + 1
	});
	cs.audit(OUTCOME_ACTION[input.outcome], "offer", offer.id, offer, decided);
	return cs.done(decided);
}
/** An accepted offer enrols the person as 'confirmed' (by the same rules as any enrolment),
* takes them off the waiting list and fills the vacancy. */
function acceptOffer(r, offer, vacancy, ctx, cs) {
	if (isPastExpiry(offer, new Date(ctx.now))) refuse("invalid_state", "This offer has expired: record it as expired and offer the place again.");
	if (vacancy.status !== "open") refuse("invalid_state", `This place is ${vacancy.status}.`);
	const cohort = cohortById(r.cohorts, vacancy.cohortId);
	const referral = found(r.referrals.find((x) => x.id === offer.referralId), "That referral");
	expectPlaceFor(r, cohort, {
		participantId: referral.participantId,
		name: fullName(referral)
	}, ctx.today);
	const enrolment = cs.put("enrolments", newEnrolment(ctx, cohort, referral.participantId, {
		agreementRecordedAt: null,
		note: `Accepted offer ${offer.id}`
	}));
	cs.audit("enrolment.create", "enrolment", enrolment.id, null, enrolment);
	cs.put("referrals", {
		...referral,
		status: "enrolled",
		version: referral.version + 1
	});
	takeOffWaitingList(r.referrals, referral.participantId, cs);
	const filled = cs.put("vacancies", {
		...vacancy,
		status: "filled",
		version: vacancy.version + 1
	});
	cs.audit("vacancy.fill", "vacancy", vacancy.id, vacancy, filled);
}
// src/domain/commands/offers.ts
/** DOMAIN.md: a freed place can be offered only while it is open and before the late-joining
* cut-off (the setting's session for a course, the first session for a workshop). */
function offerWindow(r, vacancy, today) {
	const cohort = cohortById(r.cohorts, vacancy.cohortId);
	const window = cohortVacancyWindow(r, cohort, today);
	return {
		cohort,
		window,
		offerable: vacancy.status === "open" && window.open
	};
}
/** One open offer per vacancy. */
function openOfferFor(offers, vacancyId) {
	return offers.find((o) => o.vacancyId === vacancyId && o.status === "open");
}
/** One open offer per person: someone offered a place is not offered another meanwhile. */
function holdsOpenOffer(offers, referral) {
	return referral.status === "offered" || offers.some((o) => o.referralId === referral.id && o.status === "open");
}
/** POST /vacancies/:id/offers. The vacancy's version changes with every offer, so two admins
* offering the same place at once cannot both succeed (If-Match). */
function makeOffer(r, input, ctx) {
	const vacancy = found(r.vacancies.find((v) => v.id === input.vacancyId), "That vacancy");
	expectVersion(input.version, vacancy);
	if (!Number.isInteger(input.expiresInHours) || input.expiresInHours < 1 || input.expiresInHours > 336) refuse("validation_failed", "Some details need correcting.", { expiresInHours: [`Between 1 and 336 hours`] });
	if (!offerWindow(r, vacancy, ctx.today).offerable) refuse("invalid_state", vacancy.status === "open" ? "Late joining has closed for this place." : `This place is ${vacancy.status}.`);
	const open = openOfferFor(r.offers, vacancy.id);
	if (open) {
		const holder = r.referrals.find((x) => x.id === open.referralId);
		refuse("conflict", `This place is already offered to ${holder ? fullName(holder) : "someone"}.`, void 0, open);
	}
	const referral = found(r.referrals.find((x) => x.id === input.referralId), "That referral");
	if (holdsOpenOffer(r.offers, referral)) refuse("conflict", `${fullName(referral)} already has an open offer.`);
	if (referral.status !== "waiting" || !checkEligibility(referral.borough).eligible) refuse("invalid_state", `${fullName(referral)} is not waiting for a place.`);
	const cs = new ChangeSet();
	const offer = cs.put("offers", {
		id: ctx.newId("off"),
		vacancyId: vacancy.id,
		referralId: referral.id,
		createdAt: ctx.now,
		createdBy: ctx.actor.id,
		expiresAt: offerExpiresAt(new Date(ctx.now), input.expiresInHours),
		status: "open",
		decidedAt: null,
		version: 1
	});
	cs.put("referrals", {
		...referral,
		status: "offered",
		version: referral.version + 1
	});
	cs.put("vacancies", {
		...vacancy,
		version: vacancy.version + 1
	});
	cs.audit("offer.create", "offer", offer.id, null, offer);
	return cs.done(offer);
}
// src/domain/candidates.ts
var WEEKDAYS = [
	null,
	"mon",
	"tue",
	"wed",
	"thu",
	"fri",
	null
];
var DAY_NAMES = {
	mon: "Monday",
	tue: "Tuesday",
	wed: "Wednesday",
	thu: "Thursday",
	fri: "Friday"
};
var PART_NAMES = {
	morning: "mornings",
	afternoon: "afternoons",
	evening: "evenings"
};
/** Issue 6: morning before 12:00, afternoon 12:00 to 17:00, evening from 17:00. */
function partOfDayFor(startTime) {
	const [h = 0, m = 0] = startTime.split(":").map(Number);
	const minutes = h * 60 + m;
	if (minutes < 720) return "morning";
	return minutes < 1020 ? "afternoon" : "evening";
}
/** A cohort meets weekly on its start date's weekday; weekend cohorts fit no one's weekday availability. */
function weekdayFor(date) {
	return WEEKDAYS[weekdayOf(date)] ?? null;
}
function fitsCohort(availability, cohort) {
	const day = weekdayFor(cohort.startDate);
	return day !== null && availability.days.includes(day) && availability.times.includes(partOfDayFor(cohort.startTime));
}
/** DOMAIN.md "a freed place is offered to someone waiting": eligible people still waiting whose
* availability fits the cohort's day and time, with no open offer anywhere and not already
* offered this place; urgent first, then longest waiting. */
function suggestCandidates(input) {
	const day = weekdayFor(input.cohort.startDate);
	const part = partOfDayFor(input.cohort.startTime);
	if (!day) return [];
	return input.referrals.filter((r) => r.status === "waiting" && checkEligibility(r.borough).eligible).filter((r) => !input.openOfferReferralIds.has(r.id) && !input.alreadyOfferedIds?.has(r.id)).filter((r) => fitsCohort(r.availability, input.cohort)).sort(compareWaiting).slice(0, input.limit ?? 10).map((referral) => {
		const weeks = waitWeeks(referral.referralDate, input.today);
		const waited = `waiting ${weeks} ${weeks === 1 ? "week" : "weeks"}`;
		const free = `free on ${DAY_NAMES[day]} ${PART_NAMES[part]}`;
		return {
			referral,
			why: [
				referral.urgent ? "Urgent referral" : null,
				waited,
				free
			].filter(Boolean).join(", ").replace(/^w/, "W")
		};
	});
}
// src/backend/views/offer-views.ts
function offerView(db, offer) {
	const r = db.referrals.find((x) => x.id === offer.referralId);
	return {
		...offer,
		name: r ? `${r.givenName} ${r.familyName}` : "Unknown person",
		pastExpiry: offer.status === "open" && isPastExpiry(offer, /* @__PURE__ */ new Date())
	};
}
function findVacancy(db, id) {
	return db.vacancies.find((v) => v.id === id) ?? notFound("That vacancy");
}
/** A vacancy as the admin sees it: the cohort, sessions left and the DOMAIN.md late-joining cut-off. */
function vacancySummary(db, vacancy, today = todayIso()) {
	const { cohort, window, offerable } = offerWindow(db, vacancy, today);
	const sessions = db.sessions.filter((s) => s.cohortId === cohort.id && s.status === "scheduled");
	const open = openOfferFor(db.offers, vacancy.id);
	return {
		...vacancy,
		cohort: {
			id: cohort.id,
			name: cohort.name,
			type: cohort.type,
			startDate: cohort.startDate,
			startTime: cohort.startTime
		},
		sessionsLeft: sessions.filter((s) => s.date >= today).length,
		openForDays: Math.max(0, daysBetween(vacancy.openedAt.slice(0, 10), today)),
		cutoffDate: window.cutoffDate,
		offerable,
		openOffer: open ? offerView(db, open) : null
	};
}
function candidatesFor(db, vacancy, today = todayIso()) {
	const cohort = db.cohorts.find((c) => c.id === vacancy.cohortId) ?? notFound("That cohort");
	const openOfferReferralIds = new Set(db.offers.filter((o) => o.status === "open").map((o) => o.referralId));
	const alreadyOfferedIds = new Set(db.offers.filter((o) => o.vacancyId === vacancy.id).map((o) => o.referralId));
	return suggestCandidates({
		cohort,
		referrals: db.referrals,
		openOfferReferralIds,
		alreadyOfferedIds,
		today
	}).map(({ referral: r, why }) => ({
		referralId: r.id,
		name: `${r.givenName} ${r.familyName}`,
		referralDate: r.referralDate,
		waitWeeks: waitWeeks(r.referralDate, today),
		urgent: r.urgent,
		why
	}));
}
// src/backend/resolvers/vacancies.ts
var vacancyResolvers = {
	"GET /vacancies": async (ctx) => {
		const db = await ctx.read();
		return { items: db.vacancies.filter((v) => v.status === "open").map((v) => vacancySummary(db, v)).sort((a, b) => a.openedAt.localeCompare(b.openedAt)) };
	},
	"GET /vacancies/:id": async (ctx) => {
		const { params } = ctx;
		const db = await ctx.read({ everyone: true });
		const vacancy = findVacancy(db, params.id);
		return {
			vacancy: vacancySummary(db, vacancy),
			candidates: vacancy.status === "open" ? candidatesFor(db, vacancy) : [],
			offers: db.offers.filter((o) => o.vacancyId === vacancy.id).map((o) => offerView(db, o)).reverse()
		};
	},
	"POST /vacancies/:id/offers": async (ctx) => {
		const offer = await ctx.run((db, cc) => makeOffer(db, {
			...ctx.body,
			vacancyId: ctx.params.id ?? "",
			version: ctx.version
		}, cc), { referralIds: [ctx.body.referralId] });
		return offerView(await ctx.read(), offer);
	},
	"POST /offers/:id/outcome": async (ctx) => {
		const offer = await ctx.run((db, cc) => recordOfferOutcome(db, {
			...ctx.body,
			offerId: ctx.params.id ?? "",
			version: ctx.version
		}, cc));
		return offerView(await ctx.read(), offer);
	}
};
// src/backend/resolvers.ts
/** What every endpoint does, once, for the mock and the server alike; the type refuses a
* missing one (the endpoints that depend on where sessions live are each backend's own). */
var sharedResolvers = {
	...staffResolvers,
	...cohortResolvers,
	...enrolmentResolvers,
	...enrolmentActionResolvers,
	...sessionResolvers,
	...flagResolvers,
	...registerResolvers,
	...settingsResolvers,
	...referralResolvers,
	...vacancyResolvers,
	...auditResolvers,
	...dashboardResolvers
};
// src/api/schemas/error.ts
/** The one error body every endpoint returns on failure. */
var errorCodeSchema = z.enum([
	"validation_failed",
	"unauthenticated",
	"forbidden",
	"not_found",
	"conflict",
	"cohort_full",
	"already_enrolled",
	"agreement_missing",
	"stale_version",
	"precondition_required",
	"ineligible_borough",
	"duplicate_nhs_number",
	"not_flagged",
	"invalid_state",
	"server_error"
]);
z.object({ error: z.object({
	code: errorCodeSchema,
	message: z.string(),
	fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
	/** On 412: the record as the server now holds it, so the user can compare. */
	current: z.optional(z.unknown())
}) });
/** The HTTP status of each error code: one table, so the mock and the server answer alike
* (a database constraint that refuses a write maps to the same code as the domain rule). */
var ERROR_STATUS = {
	validation_failed: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	cohort_full: 409,
	already_enrolled: 409,
	agreement_missing: 409,
	invalid_state: 409,
	not_flagged: 409,
	duplicate_nhs_number: 409,
	stale_version: 412,
	ineligible_borough: 422,
	precondition_required: 428,
	server_error: 500
};
// src/lib/zod-english.ts
z.config(z.locales.en());
// mocks/http-error.ts
/** Thrown anywhere in a handler; turned into the API's one error body. */
var HttpError = class extends Error {
	status;
	code;
	fieldErrors;
	current;
	constructor(status, code, message, fieldErrors, current) {
		super(message);
		this.status = status;
		this.code = code;
		this.fieldErrors = fieldErrors;
		this.current = current;
	}
};
function errorBody(e) {
	return { error: {
		code: e.code,
		message: e.message,
		fieldErrors: e.fieldErrors,
		current: e.current
	} };
}
function errorResponse(e) {
	return HttpResponse.json(errorBody(e), { status: e.status });
}
/** A domain command's refusal, with the status the API gives its code. */
function refusalError(e) {
	return new HttpError(ERROR_STATUS[e.code], e.code, e.message, e.fieldErrors, e.current);
}
/** Validate with the shared contract schema; field errors keyed by dotted path. */
function parse(schema, data) {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const fieldErrors = {};
	for (const issue of result.error.issues) {
		const key = issue.path.map(String).join(".") || "_form";
		(fieldErrors[key] ??= []).push(issue.message);
	}
	throw new HttpError(400, "validation_failed", "Some details need correcting.", fieldErrors);
}
async function readJson(request) {
	try {
		return await request.json();
	} catch {
		throw new HttpError(400, "validation_failed", "The request body was not valid JSON.");
	}
}
// src/backend/read-needs.ts
function idSet(values) {
	return new Set((values ?? []).filter((v) => typeof v === "string"));
}
/** The records a read with these needs sees, chosen from all of them. This is the definition
* the mock reads by; the server's SQL (src/server/db/records.ts) chooses the same rows, which
* tests/server/read-needs.test.ts checks. */
function selectRecords(all, needs = {}) {
	const audit = needs.listHistory ? all.audit.filter((e) => e.entity === "referral" || e.entity === "vacancy") : [];
	if (needs.everyone) return {
		...all,
		audit
	};
	const nhs = idSet(needs.nhsNumbers);
	const people = idSet(needs.participantIds);
	all.enrolments.forEach((e) => people.add(e.participantId));
	const offered = idSet(needs.referralIds);
	all.offers.forEach((o) => offered.add(o.referralId));
	const referrals = all.referrals.filter((r) => offered.has(r.id) || people.has(r.participantId) || nhs.has(r.nhsNumber));
	referrals.forEach((r) => people.add(r.participantId));
	const participants = all.participants.filter((p) => people.has(p.id) || nhs.has(p.nhsNumber));
	return {
		...all,
		referrals,
		participants,
		audit
	};
}
function peopleNeedles(q) {
	const digits = q.replace(/\s/g, "");
	return {
		name: q.toLowerCase().replace(/\s+/g, " "),
		digits: /^\d{3,}$/.test(digits) ? digits : null
	};
}
function findPeople(people, q) {
	const { name, digits } = peopleNeedles(q);
	return people.filter((p) => `${p.givenName} ${p.familyName}`.toLowerCase().includes(name) || digits !== null && p.nhsNumber.includes(digits)).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).slice(0, 25);
}
// mocks/commands.ts
function publicUser({ password: _password, ...user }) {
	return user;
}
/** Who is acting, when, and how new records are named, for a domain command. */
function commandContext(ctx) {
	return {
		actor: {
			id: ctx.user.id,
			role: ctx.user.role,
			scope: ctx.scope
		},
		now: (/* @__PURE__ */ new Date()).toISOString(),
		today: todayIso(),
		newId: (prefix) => store.newId(prefix)
	};
}
/** The version the client saw (If-Match: "3"); the route has already refused a missing one. */
function ifMatch(request) {
	const seen = Number((request.headers.get("if-match") ?? "").replace(/"/g, ""));
	if (!Number.isInteger(seen) || seen < 0) throw new HttpError(400, "validation_failed", "If-Match must be a version like \"3\".");
	return seen;
}
/** Stores what a command decided: records added or replaced by id, removed, and audited. */
function applyChanges(db, changes, ctx) {
	for (const [table, records] of Object.entries(changes.put)) {
		const list = db[table];
		for (const record of records) {
			const at = list.findIndex((r) => r.id === record.id);
			if (at >= 0) list[at] = record;
			else list.push(record);
		}
	}
	for (const [table, ids] of Object.entries(changes.remove)) {
		const gone = new Set(ids);
		const key = table;
		db[key] = db[key].filter((r) => !gone.has(r.id));
	}
	if (changes.settings) db.settings = changes.settings;
	for (const entry of changes.audit) db.audit.push({
		id: store.newId("aud"),
		at: (/* @__PURE__ */ new Date()).toISOString(),
		actorId: ctx.user.id,
		actorRole: ctx.user.role,
		requestId: ctx.requestId,
		...entry
	});
}
/** The records the resolvers read: the store as it stands, staff without their passwords. */
function snapshotOf(db) {
	return {
		...db,
		staff: db.staff.map(publicUser)
	};
}
/** The matching audit entries newest first, one page of them, and how many match. */
function auditTrail(filter, page) {
	const newestFirst = store.data.audit.filter((e) => (!filter.actor || e.actorId === filter.actor) && (!filter.record || e.entityId === filter.record) && (!filter.from || e.at.slice(0, 10) >= filter.from) && (!filter.to || e.at.slice(0, 10) <= filter.to)).reverse();
	return {
		items: newestFirst.slice(page.offset, page.offset + page.limit),
		total: newestFirst.length
	};
}
/** How a resolver reads and writes in the mock: the in-memory store, one transaction a write. */
function storeAccess(ctx) {
	return {
		read: async (needs) => selectRecords(snapshotOf(store.data), needs),
		run: async (command, needs) => runCommand(ctx, (db, cc) => command(selectRecords(snapshotOf(db), needs), cc)),
		waitingList: async (query) => searchWaitingList(store.data.referrals, query),
		findPeople: async (q) => findPeople(store.data.participants, q),
		auditTrail: async (filter, page) => auditTrail(filter, page)
	};
}
/** Runs a domain command in one transaction and stores its changes; a refusal stores nothing. */
function runCommand(ctx, command) {
	return store.transact((db) => {
		const { changes, result } = command(db, commandContext(ctx));
		applyChanges(db, changes, ctx);
		return result;
	});
}
// mocks/handlers/auth.ts
var authResolvers = {
	"POST /auth/login": async (ctx) => {
		const input = ctx.body;
		const user = store.data.staff.find((s) => s.email.toLowerCase() === input.email.toLowerCase());
		if (!user || user.password !== input.password) throw new HttpError(401, "unauthenticated", "That email and password do not match an account.");
		const token = `${globalThis.crypto.randomUUID()}${globalThis.crypto.randomUUID()}`.replace(/-/g, "");
		store.transact((db) => db.tokens[token] = user.id);
		return {
			user: publicUser(user),
			token
		};
	},
	"GET /auth/me": ({ user }) => ({ user: publicUser(user) }),
	"POST /auth/logout": ({ request }) => {
		const token = request.headers.get("authorization")?.slice(7) ?? "";
		store.transact((db) => delete db.tokens[token]);
		return { ok: true };
	},
	"GET /auth/options": () => ({ singleSignOn: false }),
	"POST /auth/logout-everywhere": ({ user }) => {
		let ended = 0;
		store.transact((db) => {
			for (const [token, staffId] of Object.entries(db.tokens)) if (staffId === user.id) {
				delete db.tokens[token];
				ended += 1;
			}
		});
		return { ended };
	}
};
// src/api/endpoint-contract.ts
/** Keeps each group's literal keys and schema types while checking its shape. */
function defineEndpoints(group) {
	return group;
}
function splitKey(key) {
	const space = key.indexOf(" ");
	return {
		method: key.slice(0, space),
		path: key.slice(space + 1)
	};
}
function successStatus(key, contract) {
	return contract.status ?? (key.startsWith("POST ") ? 201 : 200);
}
// src/api/schemas/common.ts
var idSchema = z.string().check(z.minLength(1), z.maxLength(64));
var isoDateSchema = z.iso.date({ error: "Enter a date as YYYY-MM-DD" });
var isoDateTimeSchema = z.iso.datetime({ offset: true });
var timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a time as HH:MM, for example 10:00" }));
/** A whole number (zod/mini has no `.int()`; `z.int()` as a check is what classic's `.int()` adds). */
var intSchema = z.number().check(z.int());
var versionSchema = intSchema.check(z.nonnegative());
/** Free text typed by staff: trimmed, bounded, and never markup-significant by itself
* (React escapes it on render; the bound stops a pasted novel from reaching the store). */
var shortText = (label, max = 120) => z.string({ error: `${label} is required` }).check(z.trim(), z.minLength(1, { error: `${label} is required` }), z.maxLength(max, { error: `${label} must be ${max} characters or fewer` }));
var optionalText = (label, max = 500) => z.string().check(z.trim(), z.maxLength(max, { error: `${label} must be ${max} characters or fewer` }));
// src/api/schemas/request-bodies.ts
/** PATCH /sessions/:sessionId: move one session to another date. */
var rescheduleRequestSchema = z.object({ date: isoDateSchema });
/** POST /sessions/:sessionId/cancel: the provider cancels a session (code 4 for everyone). */
var providerCancelRequestSchema = z.object({ reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(300)) });
/** POST /participants/search: search terms go in a body because an NHS number never goes in a URL. */
var participantSearchRequestSchema = z.object({ q: z.string().check(z.trim(), z.minLength(2), z.maxLength(60)) });
/** Bodies of writes that answer with a plain acknowledgement. */
var okResponseSchema = z.object({ ok: z.literal(true) });
// src/api/schemas/staff.ts
var roleSchema = z.enum(ROLES);
var disciplineSchema = z.enum(["psychology", "physiotherapy"]);
var staffUserSchema = z.object({
	id: idSchema,
	name: z.string(),
	email: z.email(),
	role: roleSchema,
	discipline: z.nullable(disciplineSchema)
});
var loginRequestSchema = z.object({
	email: z.email({ error: "Enter an email address like name@nhs.net" }),
	password: z.string().check(z.minLength(1, { error: "Enter your password" }), z.maxLength(200, { error: "A password is at most 200 characters" }))
});
/** The server sets an httpOnly session cookie and sends no token; the mock's token is its
* bearer token (issue 15). */
var loginResponseSchema = z.object({
	user: staffUserSchema,
	token: z.optional(z.string().check(z.minLength(16)))
});
var meResponseSchema = z.object({ user: staffUserSchema });
var staffListSchema = z.object({ items: z.array(staffUserSchema) });
// src/api/endpoints/auth.ts
var authEndpoints = defineEndpoints({
	"POST /auth/login": {
		summary: "Sign in with email and password",
		action: "public",
		request: loginRequestSchema,
		response: loginResponseSchema,
		status: 200
	},
	"GET /auth/me": {
		summary: "The signed-in user",
		action: "session.use",
		response: meResponseSchema
	},
	"POST /auth/logout": {
		summary: "End this session (the token stops working)",
		action: "session.use",
		response: okResponseSchema,
		status: 200
	},
	"GET /staff": {
		summary: "Staff accounts",
		action: "staff.read",
		response: staffListSchema
	}
});
// src/api/schemas/demo.ts
/** Demo data only: fill the waiting list with generated test people, never real ones. */
var seedWaitingListSchema = z.object({ count: intSchema.check(z.gte(1), z.lte(2e4)) });
var seededSchema = z.object({ waiting: intSchema });
// src/api/endpoints/demo.ts
var demoEndpoints = defineEndpoints({
	"POST /demo/reset": {
		summary: "Put the demo data back as seeded (audited; the audit trail is kept)",
		action: "demo.manage",
		response: okResponseSchema,
		status: 200,
		demoOnly: true
	},
	"POST /demo/seed-waiting-list": {
		summary: "Fill the waiting list with generated test people",
		action: "demo.manage",
		request: seedWaitingListSchema,
		response: seededSchema,
		status: 200,
		demoOnly: true
	}
});
// src/api/schemas/cohorts.ts
var cohortTypeSchema = z.enum(["course", "workshop"]);
var deliverySchema = z.enum(["online", "face_to_face"]);
var cohortStatusSchema = z.enum([
	"planned",
	"running",
	"completed",
	"cancelled"
]);
var cohortFields = z.object({
	name: shortText("Name", 80),
	type: cohortTypeSchema,
	delivery: deliverySchema,
	videoLink: z._default(z.union([z.url({
		protocol: /^https$/,
		error: "Enter an https:// video link"
	}), z.literal("")]), ""),
	venue: z._default(z.string().check(z.trim(), z.maxLength(120)), ""),
	startDate: isoDateSchema,
	startTime: timeSchema,
	sessionLengthMinutes: z.number({ error: "Enter a length in minutes" }).check(z.int(), z.gte(30), z.lte(240)),
	capacity: z.number({ error: "Enter a capacity" }).check(z.int(), z.gte(1, { error: "Capacity must be at least 1" }), z.lte(20, { error: `Capacity cannot be more than 20` })),
	facilitatorIds: z.array(idSchema).check(z.minLength(2, { error: "Choose 2 or 3 facilitators" }), z.maxLength(3, { error: "Choose 2 or 3 facilitators" }))
});
/** Rules that span fields; the discipline mix needs the staff list, so it is passed in. */
function makeCohortInputSchema(disciplineOf = () => void 0) {
	return cohortFields.check(z.superRefine((v, ctx) => {
		if (v.delivery === "online" && !v.videoLink) ctx.addIssue({
			code: "custom",
			path: ["videoLink"],
			message: "An online cohort needs a video link"
		});
		if (v.delivery === "face_to_face" && !v.venue) ctx.addIssue({
			code: "custom",
			path: ["venue"],
			message: "A face-to-face cohort needs a venue"
		});
		if (new Set(v.facilitatorIds).size !== v.facilitatorIds.length) ctx.addIssue({
			code: "custom",
			path: ["facilitatorIds"],
			message: "Each facilitator can be chosen once"
		});
		const disciplines = v.facilitatorIds.map(disciplineOf);
		if (disciplines.every((d) => d !== void 0) && !hasDisciplineMix(disciplines)) ctx.addIssue({
			code: "custom",
			path: ["facilitatorIds"],
			message: FACILITATOR_MIX_MESSAGE
		});
	}));
}
var cohortInputSchema = makeCohortInputSchema();
var cohortSchema = z.extend(cohortFields, {
	id: idSchema,
	status: cohortStatusSchema,
	cancelReason: z.nullable(z.string()),
	version: versionSchema
});
var facilitatorRefSchema = z.object({
	id: idSchema,
	name: z.string(),
	discipline: z.nullable(disciplineSchema)
});
/** A cohort as lists show it: the record plus figures the server derives. */
var cohortSummarySchema = z.extend(cohortSchema, {
	facilitators: z.array(facilitatorRefSchema),
	filled: intSchema.check(z.nonnegative()),
	nextSession: z.nullable(z.object({
		number: intSchema,
		date: isoDateSchema
	}))
});
var cohortListSchema = z.object({ items: z.array(cohortSummarySchema) });
var sessionStatusSchema = z.enum(["scheduled", "cancelled_by_provider"]);
var sessionSchema = z.object({
	id: idSchema,
	cohortId: idSchema,
	number: intSchema.check(z.gte(1), z.lte(8)),
	date: isoDateSchema,
	startTime: timeSchema,
	topic: z.string(),
	status: sessionStatusSchema,
	registerFinalisedAt: z.nullable(z.string()),
	version: versionSchema
});
z.object({ items: z.array(sessionSchema) });
var cohortDetailSchema = z.object({
	cohort: cohortSummarySchema,
	sessions: z.array(sessionSchema)
});
/** POST /cohorts/:id/cancel: why a cohort will not run. */
var cohortCancelSchema = z.object({ reason: z.string().check(z.trim(), z.minLength(3, { error: "Give a reason of at least 3 characters" }), z.maxLength(300)) });
// src/api/schemas/participants.ts
var participantSchema = z.object({
	id: idSchema,
	givenName: z.string(),
	familyName: z.string(),
	nhsNumber: z.string(),
	dateOfBirth: isoDateSchema,
	borough: z.string(),
	phone: z.nullable(z.string()),
	email: z.nullable(z.string())
});
var participantListSchema = z.object({ items: z.array(participantSchema) });
/** DOMAIN.md "Words": enrolment statuses. */
var enrolmentStatusSchema = z.enum([
	"offered",
	"confirmed",
	"active",
	"completed",
	"withdrawn",
	"transferred",
	"removed_after_absences"
]);
var enrolmentHistoryEntrySchema = z.object({
	status: enrolmentStatusSchema,
	at: isoDateTimeSchema,
	byStaffId: idSchema,
	note: z.nullable(z.string())
});
var enrolmentSchema = z.object({
	id: idSchema,
	cohortId: idSchema,
	participantId: idSchema,
	status: enrolmentStatusSchema,
	joinedOn: isoDateSchema,
	agreementRecordedAt: z.nullable(isoDateTimeSchema),
	history: z.array(enrolmentHistoryEntrySchema),
	version: versionSchema
});
/** An enrolment as the cohort page and the register list it: the person's name only (never in
* a URL). NHS numbers are left out: a register does not need them (data minimisation). */
var rosterEntrySchema = z.extend(enrolmentSchema, {
	participant: z.pick(participantSchema, {
		id: true,
		givenName: true,
		familyName: true
	}),
	/** Absences so far and the flag they make, by the shared rule (src/domain/absence.ts). */
	absences: intSchema.check(z.nonnegative()),
	flagStatus: z.enum([
		"ok",
		"at_risk",
		"breached"
	])
});
var rosterSchema = z.object({ items: z.array(rosterEntrySchema) });
var createEnrolmentSchema = z.object({
	participantId: idSchema,
	agreementRecorded: z._default(z.boolean(), false)
});
/** PATCH /enrolments/:id records the group agreement and nothing else: a status changes only
* through the endpoint whose rules apply (withdraw opens a vacancy, transfer moves the place). */
var agreementRequestSchema = z.strictObject({ agreementRecorded: z.literal(true) });
// src/api/endpoints/cohorts.ts
var cohortEndpoints = defineEndpoints({
	"GET /cohorts": {
		summary: "Cohorts this user may see (facilitators: their own)",
		action: "cohort.read",
		response: cohortListSchema
	},
	"GET /cohorts/:id": {
		summary: "One cohort with its sessions",
		action: "cohort.read",
		response: cohortDetailSchema
	},
	"GET /cohorts/:id/enrolments": {
		summary: "The people in a cohort",
		action: "cohort.read",
		response: rosterSchema
	},
	"POST /cohorts": {
		summary: "Create a cohort and its sessions",
		action: "cohort.manage",
		request: cohortInputSchema,
		response: cohortSummarySchema
	},
	"PATCH /cohorts/:id": {
		summary: "Change a cohort",
		action: "cohort.manage",
		request: cohortInputSchema,
		response: cohortSummarySchema,
		ifMatch: true
	},
	"DELETE /cohorts/:id": {
		summary: "Delete a cohort nobody joined (otherwise cancel it)",
		action: "cohort.manage",
		response: okResponseSchema,
		ifMatch: true
	},
	"POST /cohorts/:id/cancel": {
		summary: "Cancel a cohort",
		action: "cohort.manage",
		request: cohortCancelSchema,
		response: cohortSummarySchema,
		status: 200,
		ifMatch: true
	},
	"PATCH /sessions/:sessionId": {
		summary: "Move a session to another date",
		action: "cohort.manage",
		request: rescheduleRequestSchema,
		response: sessionSchema,
		ifMatch: true
	},
	"POST /sessions/:sessionId/cancel": {
		summary: "Cancel a session for everyone (code 4)",
		action: "cohort.manage",
		request: providerCancelRequestSchema,
		response: sessionSchema,
		status: 200,
		ifMatch: true
	}
});
// src/api/schemas/attendance.ts
var attendanceCodeSchema = z.union(ATTENDANCE_CODES.map((c) => z.literal(c)));
var markableCodeSchema = z.union(MARKABLE_CODES.map((c) => z.literal(c)), { error: "Choose Attended, Late seen, Late not seen, Cancelled or Did not attend" });
var attendanceRecordSchema = z.object({
	id: idSchema,
	sessionId: idSchema,
	enrolmentId: idSchema,
	code: z.nullable(attendanceCodeSchema),
	note: z.string(),
	catchUpSent: z.boolean(),
	updatedAt: z.nullable(isoDateTimeSchema),
	updatedBy: z.nullable(idSchema),
	version: versionSchema
});
/** One mark on a register; `version` is the record's version the writer last saw. */
var markAttendanceSchema = z.object({
	code: z.optional(markableCodeSchema),
	note: z.optional(z.string().check(z.trim(), z.maxLength(500, { error: "Keep the note under 500 characters" }))),
	catchUpSent: z.optional(z.boolean()),
	amendmentReason: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(300)))
});
// src/api/schemas/enrolment-actions.ts
var reason$1 = z.string().check(z.trim(), z.minLength(3, { error: "Give a reason of at least 3 characters" }), z.maxLength(500, { error: "Keep the reason under 500 characters" }));
var transferRequestSchema = z.object({
	toCohortId: z.string().check(z.minLength(1, { error: "Choose a cohort" })),
	reason: reason$1
});
var withdrawRequestSchema = z.object({
	reason: reason$1,
	date: isoDateSchema
});
var cannotAttendRequestSchema = z.object({
	sessionNumber: z.number({ error: "Choose a session" }).check(z.int(), z.gte(1), z.lte(8)),
	note: z._default(z.string().check(z.trim(), z.maxLength(300, { error: "Keep the note under 300 characters" })), "")
});
var transferOptionSchema = z.object({
	cohort: cohortSummarySchema,
	attended: z.array(z.string()),
	stillNeeded: z.array(z.string()),
	missedInTarget: z.array(z.string())
});
var transferOptionsSchema = z.object({ items: z.array(transferOptionSchema) });
var waitingCandidateSchema = z.object({
	participantId: idSchema,
	name: z.string(),
	referralDate: isoDateSchema,
	urgent: z.boolean()
});
var waitingCandidatesSchema = z.object({ items: z.array(waitingCandidateSchema) });
// src/api/endpoints/enrolments.ts
var enrolmentEndpoints = defineEndpoints({
	"POST /participants/search": {
		summary: "Find participants by name or NHS number (in the body, never the URL)",
		action: "participant.search",
		request: participantSearchRequestSchema,
		response: participantListSchema,
		status: 200,
		safe: true
	},
	"GET /cohorts/:id/waiting-candidates": {
		summary: "Who to enrol next: urgent first, then longest waiting",
		action: "enrolment.enrol",
		response: waitingCandidatesSchema
	},
	"POST /cohorts/:id/enrolments": {
		summary: "Enrol a participant",
		action: "enrolment.enrol",
		request: createEnrolmentSchema,
		response: rosterEntrySchema
	},
	"GET /enrolments/:id/transfer-options": {
		summary: "Later cohorts this person can move to",
		action: "enrolment.transfer",
		response: transferOptionsSchema
	},
	"POST /enrolments/:id/transfer": {
		summary: "Move a person to a later cohort (frees the place)",
		action: "enrolment.transfer",
		request: transferRequestSchema,
		response: rosterEntrySchema,
		ifMatch: true
	},
	"POST /enrolments/:id/withdraw": {
		summary: "Withdraw a person (frees the place)",
		action: "enrolment.withdraw",
		request: withdrawRequestSchema,
		response: rosterEntrySchema,
		status: 200,
		ifMatch: true
	},
	"POST /enrolments/:id/cannot-attend": {
		summary: "Record notice of an absence at an upcoming session (code 2)",
		action: "enrolment.cannotAttend",
		request: cannotAttendRequestSchema,
		response: attendanceRecordSchema
	}
});
// src/api/schemas/flags.ts
var reason = z.string().check(z.trim(), z.minLength(3, { error: "Give a reason of at least 3 characters" }), z.maxLength(500, { error: "Keep the reason under 500 characters" }));
/** DOMAIN.md "flag": someone at risk of, or in breach of, the absence threshold. */
var flagViewSchema = z.object({
	enrolmentId: idSchema,
	enrolmentVersion: versionSchema,
	participantId: idSchema,
	name: z.string(),
	cohortId: idSchema,
	cohortName: z.string(),
	status: z.enum(["at_risk", "breached"]),
	absences: intSchema,
	consecutiveAbsences: intSchema,
	missed: z.array(z.object({
		sessionNumber: intSchema,
		date: isoDateSchema,
		code: attendanceCodeSchema
	})),
	missedTopics: z.array(z.string()),
	lastAttended: z.nullable(isoDateSchema),
	openedOn: isoDateSchema,
	review: z.nullable(z.object({
		reason: z.string(),
		at: isoDateTimeSchema,
		byName: z.string()
	})),
	contacts: z.array(z.object({
		date: isoDateSchema,
		byName: z.string(),
		note: z.string()
	})),
	nextSession: z.nullable(z.object({
		number: intSchema,
		date: isoDateSchema
	}))
});
var flagListSchema = z.object({
	items: z.array(flagViewSchema),
	threshold: intSchema
});
var flagActionSchema = z.discriminatedUnion("action", [
	z.object({
		action: z.literal("keep"),
		reason
	}),
	z.object({
		action: z.literal("withdraw"),
		reason
	}),
	z.object({
		action: z.literal("transfer"),
		reason,
		toCohortId: z.string().check(z.minLength(1, { error: "Choose a cohort" }))
	})
]);
var flagContactSchema = z.object({
	date: isoDateSchema,
	note: z.string().check(z.trim(), z.minLength(3, { error: "Say briefly how it went (at least 3 characters)" }), z.maxLength(500))
});
/** What acting on a flag answers: the flag as it now stands (keep), or the person's place in
* the cohort they moved to (transfer) or left (withdraw). */
var flagResolveResponseSchema = z.union([
	flagViewSchema,
	rosterEntrySchema,
	z.null()
]);
// src/api/endpoints/flags.ts
var flagEndpoints = defineEndpoints({
	"GET /flags": {
		summary: "People at risk of, or in breach of, the absence threshold",
		action: "flag.read",
		response: flagListSchema
	},
	"POST /flags/:enrolmentId/resolve": {
		summary: "Act on a breach: keep (flag.keep), transfer (enrolment.transfer) or withdraw (enrolment.withdraw); the action named in the body is checked against the policy too",
		action: "flag.resolve",
		request: flagActionSchema,
		response: flagResolveResponseSchema,
		status: 200,
		ifMatch: true
	},
	"POST /flags/:enrolmentId/contacts": {
		summary: "Record a contact with someone flagged",
		action: "flag.contact",
		request: flagContactSchema,
		response: flagViewSchema
	}
});
// src/api/schemas/nhs-number.ts
/** DOMAIN.md "NHS number": typed with spaces or dashes, stored as ten digits, checked. */
var nhsNumberSchema = z.pipe(z.string({ error: "Enter an NHS number" }), z.transform(normaliseNhsNumber)).check(z.refine(isValidNhsNumber, { error: "Enter a valid 10-digit NHS number, like 943 476 5919" }));
// src/api/schemas/referrals.ts
var weekdaySchema = z.enum([
	"mon",
	"tue",
	"wed",
	"thu",
	"fri"
]);
var partOfDaySchema = z.enum([
	"morning",
	"afternoon",
	"evening"
]);
var referralInputSchema = z.object({
	givenName: shortText("Given name", 60),
	familyName: shortText("Family name", 60),
	nhsNumber: nhsNumberSchema,
	dateOfBirth: isoDateSchema,
	borough: shortText("Borough", 60),
	gpPractice: shortText("GP practice", 120),
	phone: z._default(z.string().check(z.trim(), z.maxLength(30)), ""),
	email: z._default(z.union([z.email({ error: "Enter a valid email address" }), z.literal("")]), ""),
	referralDate: isoDateSchema,
	availability: z.object({
		days: z.array(weekdaySchema).check(z.minLength(1, { error: "Choose at least one day" })),
		times: z.array(partOfDaySchema).check(z.minLength(1, { error: "Choose at least one time of day" }))
	}),
	accessNeeds: z._default(optionalText("Access needs"), ""),
	urgent: z._default(z.boolean(), false),
	notes: z._default(optionalText("Notes", 1e3), "")
}).check(z.refine((v) => v.phone !== "" || v.email !== "", {
	path: ["phone"],
	error: "Give a phone number or an email address"
}), z.refine((v) => v.referralDate <= todayIso(), {
	path: ["referralDate"],
	error: "The referral date cannot be in the future"
}), z.refine((v) => v.dateOfBirth < todayIso(), {
	path: ["dateOfBirth"],
	error: "The date of birth must be in the past"
}));
var referralStatusSchema = z.enum([
	"waiting",
	"offered",
	"enrolled",
	"removed"
]);
var referralSchema = z.object({
	id: idSchema,
	participantId: idSchema,
	givenName: z.string(),
	familyName: z.string(),
	nhsNumber: z.string(),
	borough: z.string(),
	gpPractice: z.string(),
	referralDate: isoDateSchema,
	availability: z.object({
		days: z.array(weekdaySchema),
		times: z.array(partOfDaySchema)
	}),
	accessNeeds: z.string(),
	urgent: z.boolean(),
	notes: z.string(),
	status: referralStatusSchema,
	version: versionSchema
});
var vacancySchema = z.object({
	id: idSchema,
	cohortId: idSchema,
	freedByEnrolmentId: idSchema,
	openedAt: isoDateTimeSchema,
	status: z.enum([
		"open",
		"filled",
		"closed"
	]),
	closedReason: z.nullable(z.string()),
	version: versionSchema
});
var offerSchema = z.object({
	id: idSchema,
	vacancyId: idSchema,
	referralId: idSchema,
	createdAt: isoDateTimeSchema,
	createdBy: idSchema,
	expiresAt: isoDateTimeSchema,
	status: z.enum([
		"open",
		"accepted",
		"declined",
		"expired"
	]),
	decidedAt: z.nullable(isoDateTimeSchema),
	version: versionSchema
});
var offerOutcomeSchema = z.object({ outcome: z.enum([
	"accepted",
	"declined",
	"expired"
]) });
/** One waiting-list row: only what the list shows and searches (10,000 of these must stay light). */
var waitingListItemSchema = z.pick(referralSchema, {
	id: true,
	givenName: true,
	familyName: true,
	nhsNumber: true,
	referralDate: true,
	availability: true,
	urgent: true,
	status: true
});
z.object({
	items: z.array(waitingListItemSchema),
	today: isoDateSchema
});
/** The referral with the contact details kept on the person's participant record. */
var referralDetailSchema = z.extend(referralSchema, {
	dateOfBirth: isoDateSchema,
	phone: z.nullable(z.string()),
	email: z.nullable(z.string()),
	today: isoDateSchema
});
/** One page of the waiting list, asked for in a POST body: the search text is a name or an NHS
* number, which must never reach a URL (DOMAIN.md). Without a sort the rows come in priority
* order (urgent first, then longest waiting). */
var waitingListQuerySchema = z.object({
	text: z._default(z.string().check(z.trim(), z.maxLength(100)), ""),
	status: z._default(z.enum([
		"open",
		"waiting",
		"offered",
		"enrolled",
		"all"
	]), "open"),
	urgency: z._default(z.enum([
		"all",
		"urgent",
		"routine"
	]), "all"),
	sort: z.optional(z.enum([
		"name",
		"wait",
		"urgency",
		"status"
	])),
	desc: z._default(z.boolean(), false),
	offset: z._default(intSchema.check(z.nonnegative()), 0),
	limit: z._default(intSchema.check(z.minimum(1), z.maximum(200)), 100)
});
var waitingListPageSchema = z.object({
	items: z.array(waitingListItemSchema),
	/** How many rows match the filters and search. */
	total: intSchema,
	/** How many people are on the list (waiting or offered), whatever the filters. */
	onList: intSchema,
	offset: intSchema,
	today: isoDateSchema
});
// src/api/schemas/vacancies.ts
var createOfferSchema = z.object({
	referralId: idSchema,
	expiresInHours: z._default(z.number({ error: "Enter the hours the offer stays open" }).check(z.int(), z.gte(1, { error: "At least 1 hour" }), z.lte(336, { error: `At most 14 days (336 hours)` })), 48)
});
/** `pastExpiry` is judged on the server's clock, so a wrong laptop clock cannot accept a lapsed offer. */
var offerViewSchema = z.extend(offerSchema, {
	name: z.string(),
	pastExpiry: z.boolean()
});
var vacancySummarySchema = z.extend(vacancySchema, {
	cohort: z.object({
		id: idSchema,
		name: z.string(),
		type: z.enum(["course", "workshop"]),
		startDate: isoDateSchema,
		startTime: z.string()
	}),
	sessionsLeft: intSchema.check(z.nonnegative()),
	openForDays: intSchema.check(z.nonnegative()),
	cutoffDate: z.nullable(isoDateSchema),
	/** False once the late-joining cut-off has passed: the place can no longer be offered. */
	offerable: z.boolean(),
	openOffer: z.nullable(offerViewSchema)
});
var vacancyListSchema = z.object({ items: z.array(vacancySummarySchema) });
var candidateSchema = z.object({
	referralId: idSchema,
	name: z.string(),
	referralDate: isoDateSchema,
	waitWeeks: intSchema,
	urgent: z.boolean(),
	why: z.string()
});
var vacancyDetailSchema = z.object({
	vacancy: vacancySummarySchema,
	candidates: z.array(candidateSchema),
	offers: z.array(offerViewSchema)
});
// src/api/endpoints/referrals.ts
var referralEndpoints = defineEndpoints({
	"POST /referrals/search": {
		summary: "One page of the waiting list, filtered, searched and sorted (terms in the body)",
		action: "referral.read",
		request: waitingListQuerySchema,
		response: waitingListPageSchema,
		status: 200,
		safe: true
	},
	"GET /referrals/:id": {
		summary: "One referral with contact details",
		action: "referral.read",
		response: referralDetailSchema
	},
	"POST /referrals": {
		summary: "Add a referral (ineligible boroughs get 422 with where to signpost)",
		action: "referral.manage",
		request: referralInputSchema,
		response: referralSchema
	}
});
var vacancyEndpoints = defineEndpoints({
	"GET /vacancies": {
		summary: "Open vacancies",
		action: "vacancy.read",
		response: vacancyListSchema
	},
	"GET /vacancies/:id": {
		summary: "One vacancy, its candidates and offers",
		action: "vacancy.read",
		response: vacancyDetailSchema
	},
	"POST /vacancies/:id/offers": {
		summary: "Offer a place to someone waiting",
		action: "offer.manage",
		request: createOfferSchema,
		response: offerViewSchema,
		ifMatch: true
	},
	"POST /offers/:id/outcome": {
		summary: "Record an offer accepted, declined or expired",
		action: "offer.manage",
		request: offerOutcomeSchema,
		response: offerViewSchema,
		status: 200,
		ifMatch: true
	}
});
// src/api/schemas/registers.ts
/** This person's marks at the cohort's other sessions, so absences so far can be counted
* on the client as marks change (src/domain/absence.ts does the counting). */
var pastAttendanceSchema = z.object({
	sessionId: idSchema,
	sessionNumber: intSchema,
	date: isoDateSchema,
	topic: z.string(),
	code: z.nullable(attendanceCodeSchema)
});
var registerRowSchema = z.object({
	enrolment: rosterEntrySchema,
	record: z.nullable(attendanceRecordSchema),
	otherSessions: z.array(pastAttendanceSchema)
});
var registerSchema = z.object({
	session: sessionSchema,
	cohort: cohortSummarySchema,
	rows: z.array(registerRowSchema),
	absenceThreshold: intSchema
});
var registerListItemSchema = z.object({
	session: sessionSchema,
	cohortId: idSchema,
	cohortName: z.string(),
	expected: intSchema.check(z.nonnegative()),
	marked: intSchema.check(z.nonnegative())
});
var registerListSchema = z.object({
	items: z.array(registerListItemSchema),
	today: isoDateSchema
});
/** One row per participant per session, for NHS Talking Therapies group-contact reporting. */
var attendanceExportRowSchema = z.object({
	nhsNumber: z.string(),
	participant: z.string(),
	sessionNumber: intSchema,
	date: isoDateSchema,
	topic: z.string(),
	attendanceCode: attendanceCodeSchema,
	medium: z.enum(["video", "face to face"]),
	therapyMode: z.literal(3),
	participants: intSchema,
	facilitators: intSchema
});
var attendanceExportSchema = z.object({
	cohortName: z.string(),
	rows: z.array(attendanceExportRowSchema)
});
var finaliseSchema = z.object({});
// src/api/endpoints/registers.ts
var registerEndpoints = defineEndpoints({
	"GET /registers": {
		summary: "Registers this user may take or read",
		action: "register.read",
		response: registerListSchema
	},
	"GET /sessions/:sessionId/register": {
		summary: "One register",
		action: "register.read",
		response: registerSchema
	},
	"PUT /sessions/:sessionId/attendance/:enrolmentId": {
		summary: "Mark one person at one session (an amendment with a reason once finalised)",
		action: "register.mark",
		request: markAttendanceSchema,
		response: attendanceRecordSchema,
		ifMatch: true
	},
	"POST /sessions/:sessionId/finalise": {
		summary: "Finalise a register once everyone is marked",
		action: "register.mark",
		request: finaliseSchema,
		response: registerSchema,
		status: 200,
		ifMatch: true
	},
	"PATCH /enrolments/:id": {
		summary: "Record that the person agreed to the group rules and confidentiality",
		action: "enrolment.agreement",
		request: agreementRequestSchema,
		response: rosterEntrySchema,
		ifMatch: true
	}
});
// src/api/schemas/sessions.ts
/** GET /auth/options: how staff can sign in here (asked before anyone is signed in). */
var signInOptionsSchema = z.object({ 
/** OpenID Connect is set up: the sign-in page offers "Sign in with NHS login / your
* organisation", which starts at GET /api/auth/oidc/login (a page, not a JSON endpoint). */
singleSignOn: z.boolean() });
/** POST /auth/logout-everywhere: how many sessions of the user were ended (this one included). */
var endedSessionsSchema = z.object({ ended: intSchema.check(z.nonnegative()) });
// src/api/endpoints/sessions.ts
var sessionEndpoints = defineEndpoints({
	"GET /auth/options": {
		summary: "How staff can sign in here: whether single sign-on (OpenID Connect) is set up",
		action: "public",
		response: signInOptionsSchema
	},
	"POST /auth/logout-everywhere": {
		summary: "Sign out everywhere: end every session of the signed-in user's account",
		action: "session.use",
		response: endedSessionsSchema,
		status: 200
	}
});
// src/api/endpoints/reporting.ts
var reportingEndpoints = defineEndpoints({ "GET /cohorts/:id/attendance-export": {
	summary: "Attendance rows for NHS Talking Therapies reporting",
	action: "register.read",
	response: attendanceExportSchema
} });
// src/api/schemas/audit.ts
var auditEventSchema = z.object({
	id: idSchema,
	at: isoDateTimeSchema,
	actorId: idSchema,
	/** 'anonymous': a refused single sign-on by an identity no account is bound to. */
	actorRole: z.union([roleSchema, z.literal("anonymous")]),
	action: z.string(),
	entity: z.string(),
	entityId: idSchema,
	before: z.nullable(z.unknown()),
	after: z.nullable(z.unknown()),
	requestId: z.string()
});
z.object({
	enrolmentId: idSchema,
	participantId: idSchema,
	cohortId: idSchema,
	status: z.enum(["at_risk", "breached"]),
	absences: intSchema.check(z.nonnegative()),
	openedOn: isoDateSchema,
	reviewedAt: z.nullable(isoDateTimeSchema)
});
// src/api/schemas/audit-view.ts
/** An audit event as staff see it: who by name, the person concerned by name, NHS numbers masked. */
var auditViewSchema = z.extend(auditEventSchema, {
	actorName: z.string(),
	subject: z.nullable(z.string())
});
/** A page of the trail, newest first: `offset` entries were skipped, `total` match the filters. */
var auditListSchema = z.object({
	items: z.array(auditViewSchema),
	total: intSchema,
	offset: intSchema
});
var auditFilterSchema = z.object({
	actor: z.catch(z.optional(idSchema), void 0),
	record: z.catch(z.optional(z.string().check(z.maxLength(40))), void 0),
	from: z.catch(z.optional(isoDateSchema), void 0),
	to: z.catch(z.optional(isoDateSchema), void 0)
});
/** The filters and which page: the trail grows without bound, so the server pages it. */
var auditQuerySchema = z.extend(auditFilterSchema, {
	offset: z.catch(z.coerce.number().check(z.int(), z.minimum(0)), 0),
	limit: z.catch(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 100)
});
// src/api/schemas/dashboard.ts
/** The dashboard's filters: the only thing its query string carries (never patient data). */
var dashboardFiltersSchema = z.object({
	from: z.optional(isoDateSchema),
	to: z.optional(isoDateSchema),
	status: z.optional(cohortStatusSchema),
	delivery: z.optional(deliverySchema),
	facilitator: z.optional(idSchema)
}).check(z.refine((f) => !f.from || !f.to || f.from <= f.to, {
	path: ["to"],
	error: "The end date must be on or after the start date"
}));
var count = intSchema.check(z.nonnegative());
var share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
var periodSchema = z.object({
	from: isoDateSchema,
	to: isoDateSchema
});
var headlineSchema = z.object({
	cohorts: z.object({
		running: count,
		planned: count
	}),
	places: z.object({
		filled: count,
		capacity: count,
		share
	}),
	attendance: z.object({
		attended: count,
		due: count,
		rate: share,
		period: periodSchema
	}),
	flags: z.object({
		atRisk: count,
		breached: count
	}),
	/** Null for roles that do not see the waiting list (facilitators). */
	waiting: z.nullable(z.object({
		count,
		medianWeeks: z.nullable(z.number().check(z.nonnegative()))
	})),
	vacancies: z.object({
		opened: count,
		filled: count,
		medianDaysToFill: z.nullable(z.number().check(z.nonnegative())),
		period: periodSchema
	})
});
var weekPointSchema = z.object({
	week: intSchema.check(z.gte(1), z.lte(8)),
	attended: count,
	due: count,
	rate: share
});
var absenceMonthSchema = z.object({
	month: z.string(),
	code2: count,
	code3: count,
	code7: count
});
var waitingPointSchema = z.object({
	month: z.string(),
	date: isoDateSchema,
	waiting: count
});
var occupancyRowSchema = z.object({
	cohortId: idSchema,
	name: z.string(),
	status: cohortStatusSchema,
	filled: count,
	capacity: count
});
var dashboardSummarySchema = z.object({
	today: isoDateSchema,
	cohortCount: count,
	headline: headlineSchema,
	chartPeriod: periodSchema,
	charts: z.object({
		attendanceByWeek: z.array(weekPointSchema),
		absencesByMonth: z.array(absenceMonthSchema),
		waitingByMonth: z.nullable(z.array(waitingPointSchema)),
		occupancy: z.array(occupancyRowSchema)
	}),
	/** Choices for the facilitator filter: staff running the cohorts this user may see. */
	facilitators: z.array(z.object({
		id: idSchema,
		name: z.string()
	}))
});
var sessionTallySchema = z.object({
	sessionId: idSchema,
	number: intSchema,
	date: isoDateSchema,
	providerCancelled: z.boolean(),
	code5: count,
	code6: count,
	code7: count,
	code2: count,
	code3: count,
	unmarked: count
});
var gridCellSchema = z.object({
	sessionNumber: intSchema,
	code: z.nullable(attendanceCodeSchema),
	state: z.enum([
		"marked",
		"unmarked",
		"future",
		"not_enrolled"
	])
});
var participantProgressSchema = z.object({
	enrolmentId: idSchema,
	name: z.string(),
	status: enrolmentStatusSchema,
	cells: z.array(gridCellSchema),
	attended: count,
	absences: count,
	flag: z.enum([
		"ok",
		"at_risk",
		"breached"
	]),
	completion: z.enum([
		"completed",
		"on_track",
		"cannot_complete"
	])
});
var cohortDashboardSchema = z.object({
	today: isoDateSchema,
	cohort: cohortSummarySchema,
	completionMinSessions: intSchema,
	absenceThreshold: intSchema,
	attendance: z.object({
		attended: count,
		due: count,
		rate: share
	}),
	completion: z.object({
		completed: count,
		onTrack: count,
		cannotComplete: count
	}),
	sessions: z.array(sessionTallySchema),
	participants: z.array(participantProgressSchema)
});
// src/api/schemas/settings.ts
/** Service-wide settings (DOMAIN.md "Facts that become rules"). */
var serviceSettingsSchema = z.object({
	absenceThreshold: intSchema.check(z.gte(1), z.lte(7)),
	lateJoinCutoffSession: intSchema.check(z.gte(1), z.lte(8)),
	completionMinSessions: intSchema.check(z.gte(1), z.lte(8)),
	version: versionSchema
});
var updateSettingsSchema = z.omit(serviceSettingsSchema, { version: true });
// src/api/endpoints/service.ts
var settingsEndpoints = defineEndpoints({
	"GET /settings": {
		summary: "Service settings",
		action: "settings.read",
		response: serviceSettingsSchema
	},
	"PATCH /settings": {
		summary: "Change service settings",
		action: "settings.manage",
		request: updateSettingsSchema,
		response: serviceSettingsSchema,
		ifMatch: true
	}
});
var auditEndpoints = defineEndpoints({ "GET /audit": {
	summary: "Audit trail, newest first, a page at a time (NHS numbers masked)",
	action: "audit.read",
	query: auditQuerySchema,
	response: auditListSchema
} });
var dashboardEndpoints = defineEndpoints({
	"GET /dashboard/summary": {
		summary: "Service figures and charts",
		action: "dashboard.read",
		query: dashboardFiltersSchema,
		response: dashboardSummarySchema
	},
	"GET /dashboard/cohorts/:id": {
		summary: "One cohort week by week",
		action: "dashboard.read",
		response: cohortDashboardSchema
	}
});
// src/api/endpoints.ts
var ENDPOINTS = {
	...authEndpoints,
	...sessionEndpoints,
	...cohortEndpoints,
	...enrolmentEndpoints,
	...registerEndpoints,
	...reportingEndpoints,
	...flagEndpoints,
	...settingsEndpoints,
	...referralEndpoints,
	...vacancyEndpoints,
	...auditEndpoints,
	...dashboardEndpoints,
	...demoEndpoints
};
var ENDPOINT_KEYS = Object.keys(ENDPOINTS);
// mocks/endpoint-access.ts
function authenticate(request) {
	const header = request.headers.get("authorization") ?? "";
	const token = header.startsWith("Bearer ") ? header.slice(7) : "";
	const staffId = token ? store.data.tokens[token] : void 0;
	const user = staffId ? store.data.staff.find((s) => s.id === staffId) : void 0;
	if (!user) throw new HttpError(401, "unauthenticated", "Your session has ended. Sign in again.");
	return user;
}
/** Who may call an endpoint, read from its policy action: 'public' needs no session. */
function endpointRoles(key) {
	const { action } = ENDPOINTS[key];
	return action === "public" ? "public" : rolesFor(action);
}
ENDPOINT_KEYS.map((key) => ({
	key,
	...splitKey(key),
	roles: endpointRoles(key)
}));
var demoOpenToEveryone = false;
/** How far the user's grant for the endpoint reaches, or null when their role has none. */
function grantFor(user, contract) {
	if (contract.action === "public") return "all";
	if (contract.demoOnly && demoOpenToEveryone) return "all";
	return scopeOf(user.role, contract.action);
}
// mocks/idempotency.ts
var inflight = /* @__PURE__ */ new Map();
/** A retried POST (same Idempotency-Key) gets the first answer and acts only once,
* even when the retry arrives while the first is still being handled. */
async function once(key, run) {
	const stored = store.data.idempotency[key];
	if (stored) return stored;
	const pending = inflight.get(key);
	if (pending) return pending;
	const promise = run().then((result) => {
		if (result.status < 500) store.transact((db) => db.idempotency[key] = result);
		return result;
	});
	inflight.set(key, promise);
	try {
		return await promise;
	} finally {
		inflight.delete(key);
	}
}
function serverDelay() {
	return typeof localStorage !== "undefined" && localStorage.getItem("cohort-register.mock-latency") === "off" ? Promise.resolve() : delay();
}
async function readInput(contract, request, url) {
	const body = contract.request ? parse(contract.request, await readJson(request)) : void 0;
	const query = contract.query ? parse(contract.query, Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""))) : void 0;
	if (contract.ifMatch && !request.headers.get("if-match")) throw new HttpError(428, "precondition_required", "This change needs the version you last saw.");
	return {
		body,
		query
	};
}
/** One MSW handler for one endpoint of ENDPOINTS: session, policy, input, idempotency, answer. */
function route(key, resolver) {
	const contract = ENDPOINTS[key];
	const { method, path } = splitKey(key);
	const lower = method.toLowerCase();
	return http[lower](`*/api${path}`, async ({ request, params }) => {
		await serverDelay();
		const requestId = globalThis.crypto.randomUUID();
		let user = null;
		let scope = "all";
		try {
			if (contract.action !== "public") {
				user = authenticate(request);
				const granted = grantFor(user, contract);
				if (!granted) throw new HttpError(403, "forbidden", "Your role does not allow this.");
				scope = granted;
			}
		} catch (e) {
			return errorResponse(e);
		}
		const url = new URL(request.url);
		const run = async () => {
			try {
				const input = await readInput(contract, request, url);
				const ctx = {
					user,
					scope,
					request,
					params,
					body: input.body,
					query: input.query,
					version: contract.ifMatch ? ifMatch(request) : 0,
					requestId,
					url
				};
				Object.assign(ctx, storeAccess(ctx));
				const body = await resolver(ctx) ?? null;
				return {
					status: successStatus(key, contract),
					body
				};
			} catch (e) {
				const error = e instanceof HttpError ? e : e instanceof Refusal ? refusalError(e) : unexpected(e);
				return {
					status: error.status,
					body: errorBody(error)
				};
			}
		};
		const idem = method === "POST" && !contract.safe && user ? request.headers.get("idempotency-key") : null;
		const result = idem ? await once(`${user?.id}:${method} ${url.pathname}:${idem}`, run) : await run();
		return HttpResponse.json(result.body, { status: result.status });
	});
}
function unexpected(e) {
	console.warn("[mock api] unexpected error", e);
	return new HttpError(500, "server_error", "The server had a problem.");
}
function audit(ctx, action, entity, entityId, before, after) {
	store.data.audit.push({
		id: store.newId("aud"),
		at: (/* @__PURE__ */ new Date()).toISOString(),
		actorId: ctx.user.id,
		actorRole: ctx.user.role,
		action,
		entity,
		entityId,
		before: before ?? null,
		after: after ?? null,
		requestId: ctx.requestId
	});
}
// src/demo-seed/prng.ts
/** mulberry32: a tiny deterministic PRNG, so the same seed on the same day gives the same demo. */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = a + 1831565813 >>> 0;
		let t = a;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
// src/demo-seed/seed-context.ts
function seedContext(db, today) {
	const rand = prng(20261123);
	return {
		db,
		today,
		rand,
		pick: (xs) => xs[Math.floor(rand() * xs.length)],
		id: (prefix) => `${prefix}_${(db.nextId++).toString(36).padStart(4, "0")}`
	};
}
/** An ISO date-time on a seeded day. */
function stamp(date, time = "09:00") {
	return `${date}T${time}:00.000Z`;
}
// src/demo-seed/seed-attendance.ts
/** Registers of the sessions held so far; the plan says how far its latest register got. */
function seedAttendance({ db, today, rand, pick, id }, plan, cohort, sessions, enrolments) {
	const held = sessions.filter((s) => s.date < today);
	held.forEach((session, index) => {
		const isLatest = index === held.length - 1;
		if (isLatest && plan.latestRegister === "unmarked") return;
		enrolments.forEach((enrolment, row) => {
			if (isLatest && plan.latestRegister === "partial" && row % 2 === 1) return;
			const code = plannedCode(plan, row, session.number, rand);
			db.attendance.push({
				id: id("att"),
				sessionId: session.id,
				enrolmentId: enrolment.id,
				code,
				note: code === 2 ? pick([
					"Hospital appointment",
					"Childcare",
					"Flare-up, emailed ahead"
				]) : "",
				catchUpSent: code === 2 || code === 3 ? rand() < .6 : false,
				updatedAt: stamp(session.date, "12:00"),
				updatedBy: cohort.facilitatorIds[0] ?? null,
				version: 1
			});
		});
		if (!isLatest || plan.latestRegister === "finalised") session.registerFinalisedAt = stamp(session.date, "12:05");
	});
}
/** Realistic attendance: most attend, a few patterns make people at risk or in breach. */
function plannedCode(plan, row, sessionNumber, rand) {
	const scripted = plan.scriptedAbsences?.[row];
	if (scripted) {
		if (!scripted.includes(sessionNumber)) return 5;
		return sessionNumber % 2 ? 3 : 2;
	}
	const r = rand();
	if (r < .78) return 5;
	if (r < .86) return 6;
	if (r < .88) return 7;
	if (r < .94) return 2;
	return 3;
}
// src/demo-seed/seed-data.ts
/** Every demo account shares one password; README lists them. */
var DEMO_PASSWORD = "demo-pain-course";
var SEED_STAFF = [
	{
		id: "stf_priya",
		name: "Priya Shah",
		email: "priya.shah@nhs.net",
		role: "facilitator",
		discipline: "psychology"
	},
	{
		id: "stf_daniel",
		name: "Daniel Osei",
		email: "daniel.osei@nhs.net",
		role: "facilitator",
		discipline: "psychology"
	},
	{
		id: "stf_grace",
		name: "Grace Whitfield",
		email: "grace.whitfield@nhs.net",
		role: "facilitator",
		discipline: "psychology"
	},
	{
		id: "stf_tom",
		name: "Tom Okafor",
		email: "tom.okafor@nhs.net",
		role: "facilitator",
		discipline: "physiotherapy"
	},
	{
		id: "stf_marta",
		name: "Marta Nowak",
		email: "marta.nowak@nhs.net",
		role: "facilitator",
		discipline: "physiotherapy"
	},
	{
		id: "stf_sam",
		name: "Sam Patel",
		email: "sam.patel@nhs.net",
		role: "admin",
		discipline: null
	},
	{
		id: "stf_leah",
		name: "Leah Brennan",
		email: "leah.brennan@nhs.net",
		role: "admin",
		discipline: null
	},
	{
		id: "stf_joanne",
		name: "Joanne Fraser",
		email: "joanne.fraser@nhs.net",
		role: "manager",
		discipline: null
	}
].map((s) => ({
	...s,
	password: DEMO_PASSWORD
}));
var GIVEN_NAMES = [
	"Amara",
	"Ben",
	"Chloe",
	"Dev",
	"Esther",
	"Farid",
	"Gemma",
	"Hamza",
	"Ines",
	"Jamal",
	"Kate",
	"Luca",
	"Maryam",
	"Niall",
	"Olu",
	"Paula",
	"Qasim",
	"Rosa",
	"Sinead",
	"Tariq",
	"Ursula",
	"Victor",
	"Wen",
	"Xavier",
	"Yasmin",
	"Zoe",
	"Adeola",
	"Bronwen",
	"Carlos",
	"Deborah",
	"Emeka",
	"Fatima",
	"George",
	"Hui",
	"Ifeoma",
	"Joseph",
	"Kemal",
	"Lorraine",
	"Mehmet",
	"Nadia"
];
var FAMILY_NAMES = [
	"Adeyemi",
	"Bailey",
	"Chowdhury",
	"Demir",
	"Evans",
	"Fernandes",
	"Gallagher",
	"Hussain",
	"Ibrahim",
	"Jones",
	"Kowalski",
	"Lam",
	"Mensah",
	"O'Brien",
	"Papadopoulos",
	"Quinn",
	"Rossi",
	"Singh",
	"Thompson",
	"Uddin",
	"Vasquez",
	"Walsh",
	"Yilmaz",
	"Zhang",
	"Ahmed",
	"Brown",
	"Campbell",
	"Davies",
	"Ellis",
	"Forde"
];
var SERVICE_BOROUGH = "Islington";
var GP_PRACTICES = [
	"Archway Medical Centre",
	"Highbury Grange Medical Practice",
	"Mitchison Road Surgery",
	"Roman Way Medical Centre",
	"St Peter's Street Medical Practice",
	"The Family Practice"
];
var VENUE = "Finsbury Health Centre, Pine Street, EC1R 0LP";
// src/demo-seed/seed-plans.ts
var COHORT_PLANS = [
	{
		name: "Autumn A – online",
		type: "course",
		delivery: "online",
		startOffsetDays: -28,
		sessionToday: true,
		startTime: "10:00",
		capacity: 20,
		enrol: 18,
		facilitatorIds: ["stf_priya", "stf_tom"],
		latestRegister: "finalised",
		scriptedAbsences: {
			0: [2, 3],
			1: [4]
		}
	},
	{
		name: "Autumn B – online evenings",
		type: "course",
		delivery: "online",
		startOffsetDays: -18,
		startTime: "18:00",
		capacity: 20,
		enrol: 15,
		facilitatorIds: [
			"stf_daniel",
			"stf_marta",
			"stf_priya"
		],
		latestRegister: "unmarked"
	},
	{
		name: "Autumn C – Finsbury (face to face)",
		type: "course",
		delivery: "face_to_face",
		startOffsetDays: -49,
		sessionToday: true,
		startTime: "13:30",
		capacity: 16,
		enrol: 12,
		facilitatorIds: ["stf_grace", "stf_tom"],
		latestRegister: "finalised",
		scriptedAbsences: {
			0: [
				1,
				4,
				6
			],
			1: [3, 5]
		}
	},
	{
		name: "Autumn D – online",
		type: "course",
		delivery: "online",
		startOffsetDays: -20,
		startTime: "10:30",
		capacity: 20,
		enrol: 9,
		facilitatorIds: ["stf_priya", "stf_marta"],
		latestRegister: "partial"
	},
	{
		name: "Summer A – online",
		type: "course",
		delivery: "online",
		startOffsetDays: -126,
		startTime: "10:00",
		capacity: 20,
		enrol: 14,
		facilitatorIds: ["stf_priya", "stf_tom"],
		latestRegister: "finalised"
	},
	{
		name: "Summer B – online",
		type: "course",
		delivery: "online",
		startOffsetDays: -96,
		startTime: "14:00",
		capacity: 20,
		enrol: 16,
		facilitatorIds: ["stf_daniel", "stf_marta"],
		latestRegister: "finalised"
	},
	{
		name: "Winter A – online",
		type: "course",
		delivery: "online",
		startOffsetDays: 15,
		startTime: "10:00",
		capacity: 20,
		enrol: 8,
		facilitatorIds: ["stf_grace", "stf_marta"]
	},
	{
		name: "Winter B – online evenings",
		type: "course",
		delivery: "online",
		startOffsetDays: 36,
		startTime: "18:00",
		capacity: 20,
		enrol: 5,
		facilitatorIds: ["stf_daniel", "stf_tom"]
	},
	{
		name: "Flare-up planning workshop",
		type: "workshop",
		delivery: "online",
		startOffsetDays: 10,
		startTime: "13:00",
		capacity: 20,
		enrol: 20,
		facilitatorIds: ["stf_priya", "stf_tom"]
	},
	{
		name: "Winter C – Finsbury (face to face)",
		type: "course",
		delivery: "face_to_face",
		startOffsetDays: 22,
		startTime: "10:00",
		capacity: 16,
		enrol: 0,
		facilitatorIds: ["stf_grace", "stf_marta"],
		cancelReason: "Venue unavailable over the winter; participants moved to Winter A"
	}
];
// src/demo-seed/seed-cohorts.ts
/** The planned cohorts with their sessions, people placed in them in turn, and registers so
* far. Returns how many participants were placed (the rest wait on the list). */
function seedCohorts(s) {
	const { db, today, id } = s;
	let nextParticipant = 0;
	for (const plan of COHORT_PLANS) {
		const cohort = buildCohort(plan, today, id("coh"));
		db.cohorts.push(cohort);
		const sessions = generateSchedule({
			type: plan.type,
			startDate: cohort.startDate,
			topics: DEFAULT_TOPICS,
			workshopTopic: "Planning for flare-ups"
		}).map((x) => ({
			id: id("ses"),
			cohortId: cohort.id,
			number: x.number,
			date: x.date,
			startTime: cohort.startTime,
			topic: x.topic,
			status: "scheduled",
			registerFinalisedAt: null,
			version: 1
		}));
		db.sessions.push(...sessions);
		const first = sessions[0]?.date ?? cohort.startDate;
		const last = sessions[sessions.length - 1]?.date ?? cohort.startDate;
		if (cohort.status !== "cancelled") cohort.status = last < today ? "completed" : first <= today ? "running" : "planned";
		const enrolments = [];
		for (let i = 0; i < plan.enrol && nextParticipant < db.participants.length; i += 1) {
			const participant = db.participants[nextParticipant++];
			enrolments.push(enrolmentFor(s, cohort, participant, i));
		}
		db.enrolments.push(...enrolments);
		if (cohort.status === "cancelled") continue;
		seedAttendance(s, plan, cohort, sessions, enrolments);
	}
	return nextParticipant;
}
/** The i-th place of a cohort: its status follows the cohort's; a few have no agreement yet. */
function enrolmentFor({ id }, cohort, participant, i) {
	const status = cohort.status === "completed" ? "completed" : cohort.status === "running" ? "active" : i % 6 === 5 ? "offered" : "confirmed";
	const agreed = status !== "offered" && !(cohort.status === "planned" && i % 4 === 3);
	const joinedOn = addDays(cohort.startDate, -14);
	return {
		id: id("enr"),
		cohortId: cohort.id,
		participantId: participant.id,
		status,
		joinedOn,
		agreementRecordedAt: agreed ? stamp(joinedOn, "10:30") : null,
		history: [{
			status: "confirmed",
			at: stamp(joinedOn, "10:30"),
			byStaffId: "stf_sam",
			note: null
		}],
		version: 1
	};
}
function buildCohort(plan, today, cohortId) {
	return {
		id: cohortId,
		name: plan.name,
		type: plan.type,
		delivery: plan.delivery,
		videoLink: plan.delivery === "online" ? `https://meet.example.nhs.uk/pain-${cohortId}` : "",
		venue: plan.delivery === "face_to_face" ? VENUE : "",
		startDate: startDateFor(plan, today),
		startTime: plan.startTime,
		sessionLengthMinutes: plan.type === "workshop" ? 180 : 120,
		capacity: plan.capacity,
		facilitatorIds: plan.facilitatorIds,
		status: plan.cancelReason ? "cancelled" : "planned",
		cancelReason: plan.cancelReason ?? null,
		version: 1
	};
}
function startDateFor(plan, today) {
	const date = addDays(today, plan.startOffsetDays);
	if (plan.sessionToday) return date;
	const weekday = weekdayOf(date);
	return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}
// src/demo-seed/seed-people.ts
/** People with valid test NHS numbers, names, dates of birth and contact details. */
function seedParticipants({ db, rand, id }, count) {
	const usedNhs = /* @__PURE__ */ new Set();
	while (db.participants.length < count) {
		const nhsNumber = claimNhsNumber(`999${Math.floor(rand() * 1e6).toString().padStart(6, "0")}`, usedNhs);
		if (!nhsNumber) continue;
		const n = db.participants.length;
		const given = GIVEN_NAMES[n % GIVEN_NAMES.length];
		const family = FAMILY_NAMES[(n * 7 + Math.floor(n / GIVEN_NAMES.length)) % FAMILY_NAMES.length];
		const participant = {
			id: id("ptc"),
			givenName: given,
			familyName: family,
			nhsNumber,
			dateOfBirth: addDays("1950-01-01", Math.floor(rand() * 365 * 50)),
			borough: SERVICE_BOROUGH,
			phone: testPhone(rand),
			email: rand() < .6 ? `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.com" : null
		};
		db.participants.push(participant);
	}
}
/** Everyone not placed in a cohort waits on the list, referred in the last four months. */
function seedReferrals({ db, today, rand, pick, id }, waiting) {
	waiting.forEach((p, i) => {
		db.referrals.push(waitingReferral(id("ref"), p, {
			gpPractice: pick(GP_PRACTICES),
			referralDate: addDays(today, -7 - Math.floor(rand() * 120)),
			availability: {
				days: [
					"mon",
					"tue",
					"wed",
					"thu",
					"fri"
				].filter(() => rand() < .6),
				times: [
					"morning",
					"afternoon",
					"evening"
				].filter(() => rand() < .6)
			},
			accessNeeds: i % 5 === 0 ? "Needs step-free access" : "",
			urgent: i % 9 === 0
		}));
	});
}
/** A made-up mobile number for a seeded person (07700 9 and five random digits). */
function testPhone(rand) {
	return `07700 9${Math.floor(rand() * 1e5).toString().padStart(5, "0")}`;
}
/** A test NHS number from its first nine digits, or null when it has no valid check digit or
* is already taken (then it is taken now). */
function claimNhsNumber(first9, used) {
	const check = nhsCheckDigit(first9);
	if (check === null || used.has(first9 + check)) return null;
	used.add(first9 + check);
	return first9 + check;
}
/** A participant's referral, waiting, with the details the referrer gave. */
function waitingReferral(id, participant, details) {
	return {
		id,
		participantId: participant.id,
		givenName: participant.givenName,
		familyName: participant.familyName,
		nhsNumber: participant.nhsNumber,
		borough: participant.borough,
		...details,
		notes: "",
		status: "waiting",
		version: 1
	};
}
// src/demo-seed/demo-seed.ts
/** The demo's data, the same for the same day: staff, people, cohorts with their registers so
* far, and everyone not placed waiting on the list. */
function demoSeed(options = {}) {
	const today = options.today ?? todayIso();
	const seed = {
		seededOn: today,
		staff: structuredClone(SEED_STAFF),
		cohorts: [],
		sessions: [],
		participants: [],
		enrolments: [],
		attendance: [],
		referrals: [],
		vacancies: [],
		offers: [],
		flagReviews: [],
		flagContacts: [],
		settings: {
			absenceThreshold: 2,
			lateJoinCutoffSession: 3,
			completionMinSessions: 6,
			version: 1
		},
		audit: [],
		nextId: 1
	};
	const s = seedContext(seed, today);
	seedParticipants(s, options.participants ?? 150);
	const placed = seedCohorts(s);
	seedReferrals(s, seed.participants.slice(placed));
	return seed;
}
// mocks/seed.ts
/** The mock's store as the demo seed fills it (src/demo-seed, shared with the server): the
* seeded records plus what only the mock keeps (its audit list, tokens, idempotency answers). */
function seedDb(options = {}) {
	const seed = demoSeed(options);
	return {
		seededOn: seed.seededOn,
		staff: seed.staff,
		cohorts: seed.cohorts,
		sessions: seed.sessions,
		participants: seed.participants,
		enrolments: seed.enrolments,
		attendance: seed.attendance,
		referrals: seed.referrals,
		vacancies: seed.vacancies,
		offers: seed.offers,
		audit: [],
		flagReviews: seed.flagReviews,
		flagContacts: seed.flagContacts,
		settings: seed.settings,
		tokens: {},
		idempotency: {},
		nextId: seed.nextId
	};
}
// src/demo-seed/seed-waiting-list.ts
var DAYS = [
	"mon",
	"tue",
	"wed",
	"thu",
	"fri"
];
var TIMES = [
	"morning",
	"afternoon",
	"evening"
];
/** Demo and benchmark only: `count` new waiting people (999 test NHS numbers, never a real
* patient) so the waiting list can be tried at the size of a busy service (issue 6: 10,000).
* Numbers already `used` are skipped; ids follow the numbers, so a second call never repeats
* one made by the first. */
function generateReferrals(used, count, today) {
	const rand = prng(24301 + count);
	const taken = new Set(used);
	const pick = (xs) => xs[Math.floor(rand() * xs.length)];
	const made = {
		participants: [],
		referrals: []
	};
	let serial = 1e5;
	while (made.referrals.length < count) {
		const nhsNumber = claimNhsNumber(`999${(serial++ % 1e6).toString().padStart(6, "0")}`, taken);
		if (!nhsNumber) continue;
		const given = pick(GIVEN_NAMES);
		const family = pick(FAMILY_NAMES);
		const participant = {
			id: `ptc_g${serial.toString(36)}`,
			givenName: given,
			familyName: family,
			nhsNumber,
			dateOfBirth: addDays("1945-01-01", Math.floor(rand() * 365 * 60)),
			borough: SERVICE_BOROUGH$1,
			phone: testPhone(rand),
			email: null
		};
		const days = DAYS.filter(() => rand() < .5);
		const times = TIMES.filter(() => rand() < .5);
		const referral = waitingReferral(`ref_g${serial.toString(36)}`, participant, {
			gpPractice: pick(GP_PRACTICES),
			referralDate: addDays(today, -Math.floor(rand() * 365)),
			availability: {
				days: days.length ? days : [pick(DAYS)],
				times: times.length ? times : [pick(TIMES)]
			},
			accessNeeds: rand() < .15 ? "Needs step-free access" : "",
			urgent: rand() < .08
		});
		made.participants.push(participant);
		made.referrals.push(referral);
	}
	return made;
}
/** Adds generated waiting people to records held in memory (the mock's store); answers how
* many now wait. */
function addGeneratedReferrals(records, count, today) {
	const made = generateReferrals(records.participants.map((p) => p.nhsNumber), count, today);
	made.participants.forEach((p) => records.participants.push(p));
	made.referrals.forEach((r) => records.referrals.push(r));
	return records.referrals.filter((r) => r.status === "waiting").length;
}
// mocks/handlers/demo.ts
/** Demo data only: put the demo back as it was seeded, keeping who is signed in and the audit
* trail, which a reset adds to and never wipes. */
var demoResolvers = {
	"POST /demo/reset": (ctx) => {
		const { tokens, audit: trail } = store.data;
		store.load({
			...seedDb(),
			tokens,
			audit: trail
		});
		store.transact(() => audit(ctx, "demo.reset", "service", "demo", null, null));
		return { ok: true };
	},
	"POST /demo/seed-waiting-list": async (ctx) => {
		const { count } = ctx.body;
		return store.transact((db) => {
			const waiting = addGeneratedReferrals(db, count, todayIso());
			audit(ctx, "demo.seed-waiting-list", "referral", "generated", null, { count });
			return { waiting };
		});
	}
};
// mocks/handlers.ts
/** Every endpoint of ENDPOINTS has exactly one resolver: the ones every backend shares
* (src/backend/resolvers.ts) and the mock's own sessions and demo data. The type refuses a
* missing one. */
var resolvers = {
	...sharedResolvers,
	...authResolvers,
	...demoResolvers
};
/** One network description for the browser worker, the Node tests and the HTTP bridge. */
var handlers = Object.keys(resolvers).map((key) => route(key, resolvers[key]));
// mocks/http-bridge.ts
var ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, Idempotency-Key, Accept";
var ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
function errorJson(res, status, code, message, cors) {
	res.writeHead(status, {
		...cors,
		"Content-Type": "application/json"
	});
	res.end(JSON.stringify({ error: {
		code,
		message
	} }));
}
async function readBody(req, limit) {
	const chunks = [];
	let size = 0;
	for await (const chunk of req) {
		size += chunk.length;
		if (size > limit) return null;
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}
/** CORS for exactly one origin. A wildcard cannot be used with credentials, and reflecting
* any origin would let every site call the API with a signed-in browser's credentials. */
function corsHeaders(origin, appOrigin) {
	if (!origin || origin !== appOrigin) return { Vary: "Origin" };
	return {
		"Access-Control-Allow-Origin": origin,
		"Access-Control-Allow-Credentials": "true",
		Vary: "Origin"
	};
}
/** node:http -> Fetch Request -> the same MSW handlers the browser and tests use -> node:http. */
function createBridge({ handlers, appOrigin, maxBodyBytes = 1e6 }) {
	return async function handle(req, res) {
		const cors = corsHeaders(req.headers.origin, appOrigin);
		try {
			if (req.method === "OPTIONS") {
				if (!cors["Access-Control-Allow-Origin"]) return errorJson(res, 403, "forbidden", "This origin may not call the API.", cors);
				res.writeHead(204, {
					...cors,
					"Access-Control-Allow-Methods": ALLOWED_METHODS,
					"Access-Control-Allow-Headers": ALLOWED_HEADERS,
					"Access-Control-Max-Age": "600"
				});
				res.end();
				return;
			}
			const method = req.method ?? "GET";
			const origin = req.headers.origin;
			if (method !== "GET" && method !== "HEAD" && origin && origin !== appOrigin) return errorJson(res, 403, "forbidden", "Requests from this origin are refused.", cors);
			const body = method === "GET" || method === "HEAD" ? null : await readBody(req, maxBodyBytes);
			if (body === null && method !== "GET" && method !== "HEAD") return errorJson(res, 413, "validation_failed", "The request body is too large.", cors);
			const headers = new Headers();
			for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
			const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
			const request = new Request(url, {
				method,
				headers,
				body: body && body.length > 0 ? new Uint8Array(body) : void 0
			});
			const response = await getResponse(handlers, request);
			if (!response) return errorJson(res, 404, "not_found", `No endpoint ${method} ${url.pathname}.`, cors);
			const out = { ...cors };
			response.headers.forEach((value, key) => out[key] = value);
			const payload = Buffer.from(await response.arrayBuffer());
			res.writeHead(response.status, out);
			res.end(payload);
		} catch (e) {
			console.error("[api] bridge error", e);
			if (!res.headersSent) errorJson(res, 500, "server_error", "The server had a problem.", cors);
			else res.end();
		}
	};
}
// mocks/http-server.ts
function loadOrSeed(file) {
	try {
		return JSON.parse(readFileSync(file, "utf8"));
	} catch (e) {
		if (e.code !== "ENOENT") console.warn(`[api] could not read ${file}; seeding afresh`, e);
		return seedDb();
	}
}
/** Temp file + rename: a crash mid-write leaves the previous file whole, never half a JSON. */
function saveAtomically(file, db) {
	const temp = `${file}.${process.pid}.tmp`;
	writeFileSync(temp, JSON.stringify(db));
	renameSync(temp, file);
}
/** The mock API over real HTTP: the same MSW handlers as the demo, with its data in a file. */
function startHttpServer({ port, host = "127.0.0.1", appOrigin, dataFile }) {
	const file = resolve(dataFile);
	mkdirSync(dirname(file), { recursive: true });
	store.load(loadOrSeed(file));
	saveAtomically(file, store.data);
	store.onCommit((db) => saveAtomically(file, db));
	const server = createServer(createBridge({
		handlers,
		appOrigin
	}));
	return new Promise((resolveStart, reject) => {
		server.once("error", reject);
		server.listen(port, host, () => resolveStart(server));
	});
}
if (process.argv[1] !== void 0 && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const port = Number(process.env.API_PORT ?? 8787);
	const appOrigin = process.env.APP_ORIGIN ?? "http://127.0.0.1:4174";
	const dataFile = process.env.API_DATA_FILE ?? ".api-data/db.json";
	startHttpServer({
		port,
		appOrigin,
		dataFile
	}).then((server) => {
		console.log(`[api] mock API on http://127.0.0.1:${port}/api (CORS for ${appOrigin}, data in ${dataFile})`);
		const stop = () => {
			server.close(() => process.exit(0));
			server.closeAllConnections();
		};
		process.on("SIGTERM", stop);
		process.on("SIGINT", stop);
	}, (e) => {
		console.error("[api] could not start", e);
		process.exit(1);
	});
}
export { startHttpServer };
