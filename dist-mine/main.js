import { join, resolve } from "node:path";
import { X509Certificate, createHash, createPrivateKey, createPublicKey, randomBytes, randomUUID, webcrypto } from "node:crypto";
import * as client from "openid-client";
import { Hono } from "hono";
import { z } from "zod/mini";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { bigint, boolean, check, customType, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, union, uniqueIndex } from "drizzle-orm/pg-core";
import { HTTPException } from "hono/http-exception";
import argon2 from "argon2";
import { pino } from "pino";
import { hostname } from "node:os";
import { serve } from "@hono/node-server";
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { drizzle as drizzle$1 } from "drizzle-orm/node-postgres";
import pg from "pg";
import { cors } from "hono/cors";
import { PatternRouter } from "hono/router/pattern-router";
import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import { serveStatic } from "@hono/node-server/serve-static";
import { compress } from "hono/compress";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// src/server/auth/oidc.ts
/** The provider answered, but not with a sign-in this service accepts (cancelled, wrong
* tenant, too weak an authentication). */
var SignOnFailed = class extends Error {
	name = "SignOnFailed";
};
var FLOW_MAX_AGE_MS = 6e5;
var OidcClient = class {
	settings;
	#configuration = null;
	constructor(settings) {
		this.settings = settings;
	}
	/** The provider's address to send the browser to, and what its callback must match. */
	async start(returnTo, now = Date.now()) {
		const config = await this.configuration();
		const flow = {
			state: client.randomState(),
			nonce: client.randomNonce(),
			verifier: client.randomPKCECodeVerifier(),
			returnTo,
			at: now
		};
		const parameters = {
			redirect_uri: this.settings.redirectUri,
			scope: this.settings.scopes,
			code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
			code_challenge_method: "S256",
			state: flow.state,
			nonce: flow.nonce
		};
		if (this.settings.acrValues.length) parameters.acr_values = this.settings.acrValues.join(" ");
		return {
			url: client.buildAuthorizationUrl(config, parameters),
			flow
		};
	}
	/** The callback: the code exchanged (PKCE verifier, private_key_jwt), state, nonce, issuer
	* and ID token checked by openid-client, then who signed in. */
	async finish(query, flow) {
		const config = await this.configuration();
		const callback = new URL(this.settings.redirectUri);
		callback.search = query.toString();
		const tokens = await client.authorizationCodeGrant(config, callback, {
			pkceCodeVerifier: flow.verifier,
			expectedState: flow.state,
			expectedNonce: flow.nonce,
			idTokenExpected: true
		});
		const idToken = tokens.claims();
		if (!idToken) throw new SignOnFailed("no ID token");
		const { acrValues } = this.settings;
		if (acrValues.length && !acrValues.includes(String(idToken.acr))) throw new SignOnFailed("authentication context not one of OIDC_ACR_VALUES");
		let claims = idToken;
		if (typeof idToken.email !== "string" && config.serverMetadata().userinfo_endpoint) claims = {
			...await client.fetchUserInfo(config, tokens.access_token, idToken.sub),
			...idToken
		};
		return {
			issuer: idToken.iss,
			subject: this.subjectOf(claims),
			email: emailOf(claims)
		};
	}
	/** The identity an account is bound to. Entra ID's `sub` differs for every app of a tenant;
	* its `oid` names the person in the tenant, and `tid` must be the issuer's tenant. */
	subjectOf(claims) {
		const tenant = this.settings.entraTenant;
		if (!tenant) return String(claims.sub);
		if (claims.tid !== tenant || typeof claims.oid !== "string" || !claims.oid) throw new SignOnFailed("Entra ID token from another tenant, or without an object id");
		return claims.oid;
	}
	configuration() {
		this.#configuration ??= this.discover().catch((error) => {
			this.#configuration = null;
			throw error;
		});
		return this.#configuration;
	}
	async discover() {
		const { settings } = this;
		const key = await importSigningKey(settings);
		const discovered = {};
		const authentication = client.PrivateKeyJwt({
			key,
			...settings.privateJwk.kid ? { kid: settings.privateJwk.kid } : {}
		}, { [client.modifyAssertion]: (header, payload) => {
			if (discovered.tokenEndpoint) payload.aud = discovered.tokenEndpoint;
			if (settings.certificateThumbprint) header["x5t#S256"] = settings.certificateThumbprint;
		} });
		const config = await client.discovery(new URL(settings.issuer), settings.clientId, { token_endpoint_auth_method: "private_key_jwt" }, authentication, {
			timeout: 10,
			...settings.allowHttp ? { execute: [client.allowInsecureRequests] } : {}
		});
		discovered.tokenEndpoint = config.serverMetadata().token_endpoint;
		return config;
	}
};
function emailOf(claims) {
	if (claims.email_verified === false) return null;
	const email = typeof claims.email === "string" ? claims.email : claims.preferred_username;
	return typeof email === "string" && /^[^@\s]+@[^@\s]+$/.test(email) ? email : null;
}
var ALGORITHMS = {
	RS256: {
		name: "RSASSA-PKCS1-v1_5",
		hash: "SHA-256"
	},
	RS384: {
		name: "RSASSA-PKCS1-v1_5",
		hash: "SHA-384"
	},
	RS512: {
		name: "RSASSA-PKCS1-v1_5",
		hash: "SHA-512"
	},
	PS256: {
		name: "RSA-PSS",
		hash: "SHA-256"
	},
	PS384: {
		name: "RSA-PSS",
		hash: "SHA-384"
	},
	PS512: {
		name: "RSA-PSS",
		hash: "SHA-512"
	},
	ES256: {
		name: "ECDSA",
		namedCurve: "P-256"
	},
	ES384: {
		name: "ECDSA",
		namedCurve: "P-384"
	}
};
/** The signing key as WebCrypto wants it; the algorithm it is imported for is the JWS `alg`
* openid-client signs with. Not extractable. */
function importSigningKey(settings) {
	const { kid: _kid, ...jwk } = settings.privateJwk;
	return webcrypto.subtle.importKey("jwk", jwk, ALGORITHMS[settings.alg], false, ["sign"]);
}
/** The flow's cookie value (base64url JSON) and back; anything else is no flow. */
function encodeFlow(flow) {
	return Buffer.from(JSON.stringify(flow)).toString("base64url");
}
function decodeFlow(value, now = Date.now()) {
	if (!value) return null;
	try {
		const flow = JSON.parse(Buffer.from(value, "base64url").toString());
		const fresh = typeof flow.at === "number" && now - flow.at <= 6e5 && now >= flow.at;
		const complete = [
			flow.state,
			flow.nonce,
			flow.verifier,
			flow.returnTo
		].every((part) => typeof part === "string" && part.length > 0);
		return fresh && complete ? flow : null;
	} catch {
		return null;
	}
}
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
function refuse$1(code, message, fieldErrors, current) {
	throw new Refusal(code, message, fieldErrors, current);
}
/** A record the command needs, or 404 naming what was looked for ("That cohort"). */
function found(record, what) {
	return record ?? refuse$1("not_found", `${what} was not found.`);
}
/** If-Match: 412 with the current record when the version the user saw is not the latest. */
function expectVersion(seen, current, view = current) {
	if (seen === null) return;
	if (seen !== (current?.version ?? 0)) refuse$1("stale_version", "Someone else changed this since you opened it.", void 0, view);
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
	if (actor.scope === "own" && !cohort.facilitatorIds.includes(actor.id)) refuse$1("forbidden", "You do not facilitate this cohort.");
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
	if (status === "completed" || status === "cancelled") refuse$1("invalid_state", `This cohort is ${status}; no one can join it.`);
	if (placesFilled(r.enrolments, cohort.id) >= cohort.capacity) refuse$1("cohort_full", `${cohort.name} is full (${cohort.capacity} of ${cohort.capacity} places).`);
	const elsewhere = currentPlace(r, person.participantId, today, cohort.id);
	if (elsewhere) {
		const other = r.cohorts.find((c) => c.id === elsewhere.cohortId);
		refuse$1("already_enrolled", `${person.name} already has a place in ${other?.name ?? "another cohort"}.`);
	}
}
function personName(participants, participantId) {
	const p = participants.find((x) => x.id === participantId);
	return p ? fullName(p) : "This person";
}
// src/domain/commands/cohorts.ts
function expectFacilitators(staff, ids) {
	const problems = facilitatorProblems(ids, staff);
	if (problems.length > 0) refuse$1("validation_failed", "Some details need correcting.", { facilitatorIds: problems });
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
	if (status === "cancelled" || status === "completed") refuse$1("invalid_state", `A ${status} cohort cannot be changed.`);
	const filled = placesFilled(r.enrolments, cohort.id);
	if (next.capacity < filled) refuse$1("validation_failed", "Some details need correcting.", { capacity: [`${filled} people already hold places: capacity cannot be below ${filled}`] });
	expectFacilitators(r.staff, next.facilitatorIds);
	const moved = next.startDate !== cohort.startDate || next.type !== cohort.type;
	if (moved && hasAttendance(r, cohort.id)) refuse$1("invalid_state", "Attendance has been taken, so the start date and type can no longer change.");
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
	if (hasAttendance(r, cohort.id)) refuse$1("invalid_state", "This cohort has attendance records: cancel it instead.");
	if (r.enrolments.some((e) => e.cohortId === cohort.id)) refuse$1("invalid_state", "People are enrolled in this cohort: cancel it instead.");
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
	if (status === "completed" || status === "cancelled") refuse$1("invalid_state", `A ${status} cohort cannot be cancelled.`);
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
	if (!holdsPlace(enrolment.status) || enrolment.status === "completed") refuse$1("invalid_state", `This enrolment is ${enrolment.status}; it cannot be changed.`);
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
		refuse$1(full ? "cohort_full" : "invalid_state", full ? `${target.name} is full.` : `${target.name} is not a later cohort this person can move to.`, { toCohortId: ["Choose a later cohort with room"] });
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
	if (!canBeFlagged(enrolment.status) || summary.status === "ok") refuse$1("not_flagged", "This participant is not flagged for absences; nothing to act on.");
	return summary;
}
/** DOMAIN.md: act on a breach by transfer, keeping with a documented reason, or withdrawal. */
function resolveFlag(r, input, ctx) {
	if (!can(ctx.actor.role, FLAG_DECISION_ACTION[input.action])) refuse$1("forbidden", "Your role does not allow this decision on a flag.");
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
	return refuse$1("not_found", `${what} was not found.`);
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
	if (!canSeeCohort(ctx, cohort)) refuse$1("forbidden", "You do not facilitate this cohort.");
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
/** What a search box's text is compared with: lower case, runs of spaces as one, and an NHS
* number read out in groups ("943 476 5919") as its bare digits. */
function searchNeedle(text) {
	const raw = text.trim().toLowerCase().replace(/\s+/g, " ");
	return /^[\d ]+$/.test(raw) ? raw.replace(/ /g, "") : raw;
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
	if (session.status !== "scheduled") refuse$1("invalid_state", "That session was cancelled by the service.", field);
	if (session.date < ctx.today) refuse$1("invalid_state", "That session has already happened: mark it on its register.", field);
	if (session.registerFinalisedAt) refuse$1("invalid_state", "That register is finalised: change the mark there, as an amendment with a reason.", field);
	const record = attendanceAt(r.attendance, session.id, enrolment.id);
	if (markedOnRegister(record?.code ?? null)) refuse$1("invalid_state", `${personName(r.participants, enrolment.participantId)} is already marked on that register.`, field);
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
	if (!eligibility.eligible) refuse$1("ineligible_borough", eligibility.message, { borough: [eligibility.message] }, { reason: eligibility.reason });
	const existing = r.referrals.find((x) => x.nhsNumber === input.nhsNumber && isOnWaitingList(x));
	if (existing) refuse$1("duplicate_nhs_number", `${fullName(existing)} is already on the waiting list with this NHS number.`, { nhsNumber: ["Already on the waiting list"] }, { id: existing.id });
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
	if (session.status === "cancelled_by_provider") refuse$1("invalid_state", "The provider cancelled this session; there is nothing to mark.");
	if (session.date > ctx.today) refuse$1("invalid_state", "This session has not happened yet.");
	if (input.code !== void 0 && countsAsAttended(input.code) && !enrolment.agreementRecordedAt) refuse$1("agreement_missing", "Record the group agreement before marking this person present.", { code: ["Group agreement not recorded"] });
	const amendmentReason = input.amendmentReason?.trim() || null;
	const amending = Boolean(session.registerFinalisedAt);
	if (amending && !amendmentReason) refuse$1("invalid_state", "This register is finalised: give a reason for the amendment.", { amendmentReason: ["Give a reason for the amendment"] });
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
	if (session.registerFinalisedAt) refuse$1("invalid_state", "This register is already finalised.");
	const unmarked = unmarkedCount(r, session);
	if (unmarked > 0) refuse$1("invalid_state", unmarked === 1 ? "1 person is not marked yet." : `${unmarked} people are not marked yet.`);
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
	if (registerTaken(r, session)) refuse$1("invalid_state", "This session already has a register; it cannot move.");
	const siblings = r.sessions.filter((s) => s.cohortId === session.cohortId);
	try {
		rescheduleSession$1(siblings, session.number, input.date);
	} catch (e) {
		if (e instanceof ScheduleError) refuse$1("validation_failed", e.message, { date: [e.message] });
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
	if (session.status === "cancelled_by_provider") refuse$1("invalid_state", "This session is already cancelled.");
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
var sessionResolvers$1 = {
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
	if (offer.status !== "open") refuse$1("invalid_state", `This offer was already ${offer.status}.`);
	const vacancy = found(r.vacancies.find((v) => v.id === offer.vacancyId), "That vacancy");
	const cs = new ChangeSet();
	if (input.outcome === "accepted") acceptOffer(r, offer, vacancy, ctx, cs);
	else {
		if (input.outcome === "expired" && !isPastExpiry(offer, new Date(ctx.now))) refuse$1("invalid_state", "This offer has not expired yet.");
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
	if (isPastExpiry(offer, new Date(ctx.now))) refuse$1("invalid_state", "This offer has expired: record it as expired and offer the place again.");
	if (vacancy.status !== "open") refuse$1("invalid_state", `This place is ${vacancy.status}.`);
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
	if (!Number.isInteger(input.expiresInHours) || input.expiresInHours < 1 || input.expiresInHours > 336) refuse$1("validation_failed", "Some details need correcting.", { expiresInHours: [`Between 1 and 336 hours`] });
	if (!offerWindow(r, vacancy, ctx.today).offerable) refuse$1("invalid_state", vacancy.status === "open" ? "Late joining has closed for this place." : `This place is ${vacancy.status}.`);
	const open = openOfferFor(r.offers, vacancy.id);
	if (open) {
		const holder = r.referrals.find((x) => x.id === open.referralId);
		refuse$1("conflict", `This place is already offered to ${holder ? fullName(holder) : "someone"}.`, void 0, open);
	}
	const referral = found(r.referrals.find((x) => x.id === input.referralId), "That referral");
	if (holdsOpenOffer(r.offers, referral)) refuse$1("conflict", `${fullName(referral)} already has an open offer.`);
	if (referral.status !== "waiting" || !checkEligibility(referral.borough).eligible) refuse$1("invalid_state", `${fullName(referral)} is not waiting for a place.`);
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
	...sessionResolvers$1,
	...flagResolvers,
	...registerResolvers,
	...settingsResolvers,
	...referralResolvers,
	...vacancyResolvers,
	...auditResolvers,
	...dashboardResolvers
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
/** Single sign-on's pages under the API: browser navigations answered with redirects, not JSON
* endpoints, so they are not in ENDPOINTS. The server serves them (src/server/routes/
* oidc-routes.ts); the sign-in page links to the first, with `?returnTo=/path`. */
var SINGLE_SIGN_ON = {
	login: "/auth/oidc/login",
	callback: "/auth/oidc/callback",
	jwks: "/auth/oidc/jwks"
};
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
var count$1 = intSchema.check(z.nonnegative());
var share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
var periodSchema = z.object({
	from: isoDateSchema,
	to: isoDateSchema
});
var headlineSchema = z.object({
	cohorts: z.object({
		running: count$1,
		planned: count$1
	}),
	places: z.object({
		filled: count$1,
		capacity: count$1,
		share
	}),
	attendance: z.object({
		attended: count$1,
		due: count$1,
		rate: share,
		period: periodSchema
	}),
	flags: z.object({
		atRisk: count$1,
		breached: count$1
	}),
	/** Null for roles that do not see the waiting list (facilitators). */
	waiting: z.nullable(z.object({
		count: count$1,
		medianWeeks: z.nullable(z.number().check(z.nonnegative()))
	})),
	vacancies: z.object({
		opened: count$1,
		filled: count$1,
		medianDaysToFill: z.nullable(z.number().check(z.nonnegative())),
		period: periodSchema
	})
});
var weekPointSchema = z.object({
	week: intSchema.check(z.gte(1), z.lte(8)),
	attended: count$1,
	due: count$1,
	rate: share
});
var absenceMonthSchema = z.object({
	month: z.string(),
	code2: count$1,
	code3: count$1,
	code7: count$1
});
var waitingPointSchema = z.object({
	month: z.string(),
	date: isoDateSchema,
	waiting: count$1
});
var occupancyRowSchema = z.object({
	cohortId: idSchema,
	name: z.string(),
	status: cohortStatusSchema,
	filled: count$1,
	capacity: count$1
});
var dashboardSummarySchema = z.object({
	today: isoDateSchema,
	cohortCount: count$1,
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
	code5: count$1,
	code6: count$1,
	code7: count$1,
	code2: count$1,
	code3: count$1,
	unmarked: count$1
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
	attended: count$1,
	absences: count$1,
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
		attended: count$1,
		due: count$1,
		rate: share
	}),
	completion: z.object({
		completed: count$1,
		onTrack: count$1,
		cannotComplete: count$1
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
// src/domain/session-limits.ts
var SERVER_IDLE_MS = 96e4;
var SESSION_MAX_MS = 432e5;
// src/server/auth/session-cookie.ts
function sessionCookieName({ secure }) {
	return secure ? "__Host-cohort-session" : "cohort-session";
}
function attributes({ secure }) {
	return {
		httpOnly: true,
		sameSite: "Lax",
		path: "/",
		secure
	};
}
/** The session token the request carries, if any. */
function readSessionCookie(c, settings) {
	return getCookie(c, sessionCookieName(settings)) || null;
}
function setSessionCookie(c, settings, token) {
	setCookie(c, sessionCookieName(settings), token, {
		...attributes(settings),
		maxAge: Math.floor(SESSION_MAX_MS / 1e3)
	});
}
function clearSessionCookie(c, settings) {
	deleteCookie(c, sessionCookieName(settings), attributes(settings));
}
/** A short-lived cookie of its own, with the same flags (the single sign-on round trip). */
function setFlowCookie(c, settings, name, value, maxAgeSeconds) {
	setCookie(c, cookieName(settings, name), value, {
		...attributes(settings),
		maxAge: maxAgeSeconds
	});
}
function readFlowCookie(c, settings, name) {
	return getCookie(c, cookieName(settings, name)) || null;
}
function clearFlowCookie(c, settings, name) {
	deleteCookie(c, cookieName(settings, name), attributes(settings));
}
function cookieName({ secure }, name) {
	return secure ? `__Host-${name}` : name;
}
// src/server/db/domain-tables.ts
var domain_tables_exports = /* @__PURE__ */ __exportAll({
	attendance: () => attendance,
	cohortFacilitators: () => cohortFacilitators,
	cohorts: () => cohorts,
	courseSessions: () => courseSessions,
	enrolments: () => enrolments,
	flagContacts: () => flagContacts,
	flagReviews: () => flagReviews,
	offers: () => offers,
	participants: () => participants,
	referrals: () => referrals,
	serviceSettings: () => serviceSettings,
	staffAccounts: () => staffAccounts,
	userSessions: () => userSessions,
	vacancies: () => vacancies
});
/** timestamptz read and written as the ISO strings the records carry. */
var isoTimestamp = customType({
	dataType: () => "timestamp(3) with time zone",
	toDriver: (value) => value,
	fromDriver: (value) => new Date(value).toISOString()
});
var day = (name) => date(name, { mode: "string" });
var version$1 = () => integer("version").notNull().default(1);
var cohorts = pgTable("cohorts", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	type: text("type", { enum: ["course", "workshop"] }).notNull(),
	delivery: text("delivery", { enum: ["online", "face_to_face"] }).notNull(),
	videoLink: text("video_link").notNull().default(""),
	venue: text("venue").notNull().default(""),
	startDate: day("start_date").notNull(),
	startTime: text("start_time").notNull(),
	sessionLengthMinutes: integer("session_length_minutes").notNull(),
	capacity: integer("capacity").notNull(),
	status: text("status", { enum: [
		"planned",
		"running",
		"completed",
		"cancelled"
	] }).notNull(),
	cancelReason: text("cancel_reason"),
	version: version$1()
}, (t) => [check("cohorts_capacity", sql`${t.capacity} between 1 and 20`)]);
/** 2 or 3 per cohort (the domain checks the count and the discipline mix). */
var cohortFacilitators = pgTable("cohort_facilitators", {
	cohortId: text("cohort_id").notNull().references(() => cohorts.id, { onDelete: "cascade" }),
	staffId: text("staff_id").notNull().references(() => staffAccounts.id),
	position: smallint("position").notNull()
}, (t) => [primaryKey({ columns: [t.cohortId, t.staffId] })]);
var courseSessions = pgTable("course_sessions", {
	id: text("id").primaryKey(),
	cohortId: text("cohort_id").notNull().references(() => cohorts.id, { onDelete: "cascade" }),
	number: smallint("number").notNull(),
	date: day("date").notNull(),
	startTime: text("start_time").notNull(),
	topic: text("topic").notNull(),
	status: text("status", { enum: ["scheduled", "cancelled_by_provider"] }).notNull(),
	registerFinalisedAt: isoTimestamp("register_finalised_at"),
	version: version$1()
}, (t) => [uniqueIndex("course_sessions_number").on(t.cohortId, t.number), check("course_sessions_number_range", sql`${t.number} between 1 and 8`)]);
var participants = pgTable("participants", {
	id: text("id").primaryKey(),
	givenName: text("given_name").notNull(),
	familyName: text("family_name").notNull(),
	nhsNumber: text("nhs_number").notNull().unique("participants_nhs_number"),
	dateOfBirth: day("date_of_birth").notNull(),
	borough: text("borough").notNull(),
	phone: text("phone"),
	email: text("email")
});
var enrolments = pgTable("enrolments", {
	id: text("id").primaryKey(),
	cohortId: text("cohort_id").notNull().references(() => cohorts.id),
	participantId: text("participant_id").notNull().references(() => participants.id),
	status: text("status", { enum: [
		"offered",
		"confirmed",
		"active",
		"completed",
		"withdrawn",
		"transferred",
		"removed_after_absences"
	] }).notNull(),
	joinedOn: day("joined_on").notNull(),
	agreementRecordedAt: isoTimestamp("agreement_recorded_at"),
	/** Every status change, in order: appended by the commands, never rewritten. */
	history: jsonb("history").$type().notNull(),
	version: version$1()
}, (t) => [index("enrolments_cohort").on(t.cohortId), index("enrolments_participant").on(t.participantId)]);
var attendance = pgTable("attendance", {
	id: text("id").primaryKey(),
	sessionId: text("session_id").notNull().references(() => courseSessions.id, { onDelete: "cascade" }),
	enrolmentId: text("enrolment_id").notNull().references(() => enrolments.id),
	code: smallint("code").$type(),
	note: text("note").notNull().default(""),
	catchUpSent: boolean("catch_up_sent").notNull().default(false),
	updatedAt: isoTimestamp("updated_at"),
	updatedBy: text("updated_by"),
	version: version$1()
}, (t) => [uniqueIndex("attendance_one_mark").on(t.sessionId, t.enrolmentId), check("attendance_code", sql`${t.code} is null or ${t.code} in (0, 2, 3, 4, 5, 6, 7)`)]);
var referrals = pgTable("referrals", {
	id: text("id").primaryKey(),
	participantId: text("participant_id").notNull().references(() => participants.id),
	givenName: text("given_name").notNull(),
	familyName: text("family_name").notNull(),
	nhsNumber: text("nhs_number").notNull(),
	borough: text("borough").notNull(),
	gpPractice: text("gp_practice").notNull(),
	referralDate: day("referral_date").notNull(),
	availability: jsonb("availability").$type().notNull(),
	accessNeeds: text("access_needs").notNull().default(""),
	urgent: boolean("urgent").notNull().default(false),
	notes: text("notes").notNull().default(""),
	status: text("status", { enum: [
		"waiting",
		"offered",
		"enrolled",
		"removed"
	] }).notNull(),
	version: version$1()
}, (t) => [
	index("referrals_waiting_order").on(t.status, t.urgent, t.referralDate),
	index("referrals_open_priority").on(t.urgent.desc().nullsFirst(), t.referralDate, sql`${t.id} collate "C"`).where(sql`${t.status} in ('waiting', 'offered')`),
	index("referrals_participant").on(t.participantId),
	index("referrals_nhs_number").on(t.nhsNumber),
	uniqueIndex("referrals_one_entry_per_nhs_number").on(t.nhsNumber).where(sql`${t.status} in ('waiting', 'offered')`)
]);
var vacancies = pgTable("vacancies", {
	id: text("id").primaryKey(),
	cohortId: text("cohort_id").notNull().references(() => cohorts.id),
	freedByEnrolmentId: text("freed_by_enrolment_id").notNull().references(() => enrolments.id),
	openedAt: isoTimestamp("opened_at").notNull(),
	status: text("status", { enum: [
		"open",
		"filled",
		"closed"
	] }).notNull(),
	closedReason: text("closed_reason"),
	version: version$1()
});
var offers = pgTable("offers", {
	id: text("id").primaryKey(),
	vacancyId: text("vacancy_id").notNull().references(() => vacancies.id),
	referralId: text("referral_id").notNull().references(() => referrals.id),
	createdAt: isoTimestamp("created_at").notNull(),
	createdBy: text("created_by").notNull(),
	expiresAt: isoTimestamp("expires_at").notNull(),
	status: text("status", { enum: [
		"open",
		"accepted",
		"declined",
		"expired"
	] }).notNull(),
	decidedAt: isoTimestamp("decided_at"),
	version: version$1()
}, (t) => [uniqueIndex("offers_one_open_per_vacancy").on(t.vacancyId).where(sql`${t.status} = 'open'`), uniqueIndex("offers_one_open_per_person").on(t.referralId).where(sql`${t.status} = 'open'`)]);
var flagReviews = pgTable("flag_reviews", {
	id: text("id").primaryKey(),
	enrolmentId: text("enrolment_id").notNull().references(() => enrolments.id),
	reason: text("reason").notNull(),
	at: isoTimestamp("at").notNull(),
	byStaffId: text("by_staff_id").notNull(),
	absencesAtReview: integer("absences_at_review").notNull()
});
var flagContacts = pgTable("flag_contacts", {
	id: text("id").primaryKey(),
	enrolmentId: text("enrolment_id").notNull().references(() => enrolments.id),
	date: day("date").notNull(),
	byStaffId: text("by_staff_id").notNull(),
	note: text("note").notNull()
});
/** One row: the service's settings. */
var serviceSettings = pgTable("service_settings", {
	id: smallint("id").primaryKey().default(1),
	absenceThreshold: integer("absence_threshold").notNull(),
	lateJoinCutoffSession: integer("late_join_cutoff_session").notNull(),
	completionMinSessions: integer("completion_min_sessions").notNull(),
	version: version$1()
}, (t) => [check("service_settings_one_row", sql`${t.id} = 1`)]);
/** Staff accounts: local passwords are argon2id hashes (never the password). */
var staffAccounts = pgTable("staff_accounts", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	email: text("email").notNull(),
	role: text("role", { enum: ROLES }).notNull(),
	discipline: text("discipline", { enum: ["psychology", "physiotherapy"] }),
	passwordHash: text("password_hash"),
	active: boolean("active").notNull().default(true),
	/** Single sign-on (issue 15): the identity this account is bound to, the provider's issuer
	* and its subject (for Entra ID the object id within the issuer's tenant). Bound at the
	* first single sign-on, by email, and only ever matched by these two afterwards. */
	oidcIssuer: text("oidc_issuer"),
	oidcSubject: text("oidc_subject")
}, (t) => [
	uniqueIndex("staff_accounts_email").on(sql`lower(${t.email})`),
	uniqueIndex("staff_accounts_oidc_identity").on(t.oidcIssuer, t.oidcSubject),
	check("staff_accounts_oidc_both_or_neither", sql`(${t.oidcIssuer} is null) = (${t.oidcSubject} is null)`)
]);
/** Signed-in sessions: only a hash of each token is stored; idle and absolute expiry. */
var userSessions = pgTable("user_sessions", {
	tokenHash: text("token_hash").primaryKey(),
	staffId: text("staff_id").notNull().references(() => staffAccounts.id),
	createdAt: isoTimestamp("created_at").notNull(),
	lastSeenAt: isoTimestamp("last_seen_at").notNull(),
	endedAt: isoTimestamp("ended_at")
}, (t) => [index("user_sessions_staff").on(t.staffId)]);
// src/server/auth/staff-user.ts
/** A staff account as the API shows it: what the contract's StaffUser has and nothing else
* (never a password hash, never the single sign-on identity it is bound to). */
function staffUserOf(row) {
	const { id, name, email, role, discipline } = row;
	return {
		id,
		name,
		email,
		role,
		discipline
	};
}
// src/server/auth/sessions.ts
/** The app signs out after 15 idle minutes; the server allows one more so that marks sent
* just before the app's sign-out still land (src/domain/session-limits.ts). */
var SESSION_IDLE_MS = SERVER_IDLE_MS;
function hashToken(token) {
	return createHash("sha256").update(token).digest("hex");
}
async function startSession(db, staffId, now = /* @__PURE__ */ new Date()) {
	const token = randomBytes(32).toString("base64url");
	const at = now.toISOString();
	await db.insert(userSessions).values({
		tokenHash: hashToken(token),
		staffId,
		createdAt: at,
		lastSeenAt: at
	});
	return token;
}
/** The signed-in user for a session token, or null; a live session's idle clock restarts. */
async function sessionUser(db, token, now = /* @__PURE__ */ new Date()) {
	const tokenHash = hashToken(token);
	const [row] = await db.select({
		session: userSessions,
		staff: staffAccounts
	}).from(userSessions).innerJoin(staffAccounts, eq(staffAccounts.id, userSessions.staffId)).where(and(eq(userSessions.tokenHash, tokenHash), isNull(userSessions.endedAt)));
	if (!row || !row.staff.active) return null;
	const idle = now.getTime() - Date.parse(row.session.lastSeenAt);
	const age = now.getTime() - Date.parse(row.session.createdAt);
	if (idle > SESSION_IDLE_MS || age > 432e5) {
		await endSession(db, token, now);
		return null;
	}
	await db.update(userSessions).set({ lastSeenAt: now.toISOString() }).where(eq(userSessions.tokenHash, tokenHash));
	return staffUserOf(row.staff);
}
async function endSession(db, token, now = /* @__PURE__ */ new Date()) {
	await db.update(userSessions).set({ endedAt: now.toISOString() }).where(eq(userSessions.tokenHash, hashToken(token)));
}
/** Sign out everywhere: every live session of the account ends (each tab and device); how
* many were live. */
async function endAllSessions(db, staffId, now = /* @__PURE__ */ new Date()) {
	return (await db.update(userSessions).set({ endedAt: now.toISOString() }).where(and(eq(userSessions.staffId, staffId), isNull(userSessions.endedAt))).returning({ tokenHash: userSessions.tokenHash })).length;
}
// src/server/db/schema.ts
var schema_exports = /* @__PURE__ */ __exportAll({
	auditEvents: () => auditEvents,
	auditHead: () => auditHead,
	dataVersion: () => dataVersion,
	idempotencyKeys: () => idempotencyKeys,
	leases: () => leases
});
var at = (name) => timestamp(name, {
	withTimezone: true,
	mode: "date"
});
/** The first answer to a write sent with an Idempotency-Key (src/server/idempotency.ts).
* Scoped to user, method and path, never the Host: the same retry through another proxy name
* must still find it. The primary key is the scope, so two racing first attempts cannot both
* commit: the second waits for the first and then fails on the key, and its write rolls back. */
var idempotencyKeys = pgTable("idempotency_keys", {
	userId: text("user_id").notNull(),
	method: text("method").notNull(),
	path: text("path").notNull(),
	key: text("key").notNull(),
	requestHash: text("request_hash").notNull(),
	status: integer("status").notNull(),
	response: jsonb("response"),
	createdAt: at("created_at").notNull().defaultNow()
}, (t) => [primaryKey({
	name: "idempotency_keys_scope",
	columns: [
		t.userId,
		t.method,
		t.path,
		t.key
	]
}), index("idempotency_keys_created_at").on(t.createdAt)]);
/** The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE; see the
* custom migration) and hash-chained (src/server/audit-chain.ts). `id` is not a sequence:
* it is the head's count plus one, taken under the head's row lock, so ids follow the chain
* without gaps even when transactions commit out of order. */
var auditEvents = pgTable("audit_events", {
	id: bigint("id", { mode: "number" }).primaryKey(),
	at: at("at").notNull(),
	actorId: text("actor_id").notNull(),
	actorRole: text("actor_role").notNull(),
	action: text("action").notNull(),
	entity: text("entity").notNull(),
	entityId: text("entity_id").notNull(),
	before: jsonb("before"),
	after: jsonb("after"),
	requestId: text("request_id").notNull(),
	prevHash: text("prev_hash").notNull(),
	hash: text("hash").notNull().unique("audit_events_hash_unique")
}, (t) => [index("audit_events_entity").on(t.entity, t.entityId), index("audit_events_at").on(t.at)]);
/** The chain's head: one row, locked FOR UPDATE by every append, so concurrent writers on
* any number of instances take turns and never fork the chain. Its row is inserted by the
* custom migration; `verifyAuditChain` checks it against the last entry (a cut tail shows). */
var auditHead = pgTable("audit_head", {
	id: smallint("id").primaryKey(),
	lastId: bigint("last_id", { mode: "number" }).notNull(),
	lastHash: text("last_hash").notNull()
}, (t) => [check("audit_head_one_row", sql`${t.id} = 1`)]);
/** A named lease for work only one instance should do at a time (purges, reminders). */
var leases = pgTable("leases", {
	name: text("name").primaryKey(),
	holder: text("holder").notNull(),
	expiresAt: at("expires_at").notNull()
});
/** One row whose `version` goes up in every transaction that changes a record the domain reads
* (statement triggers in the custom migration `data-version`), so a server can tell whether
* the records it read before are still the records now (src/server/db/snapshot-cache.ts).
* `database_id` tells one database from another. */
var dataVersion = pgTable("data_version", {
	id: smallint("id").primaryKey().default(1),
	databaseId: text("database_id").notNull(),
	version: bigint("version", { mode: "number" }).notNull().default(0)
}, (t) => [check("data_version_one_row", sql`${t.id} = 1`)]);
// src/server/db/records.ts
function stringsOf(values) {
	return [...new Set((values ?? []).filter((v) => typeof v === "string"))];
}
/** Of referrals and participants, the rows selectRecords would keep for these needs. Each way
* a row can be needed is its own indexed lookup, and the ids they find are joined by UNION, so
* a read costs what it finds, not the size of the waiting list. */
function waitingListRows(db, needs) {
	if (needs.everyone) return [db.select().from(referrals).orderBy(asc(referrals.id)), db.select().from(participants).orderBy(asc(participants.id))];
	const nhs = stringsOf(needs.nhsNumbers);
	const people = stringsOf(needs.participantIds);
	const referralIds = stringsOf(needs.referralIds);
	const r = referrals;
	const idOf = { id: r.id };
	const neededReferrals = union(db.select({ id: offers.referralId }).from(offers), db.select(idOf).from(r).innerJoin(enrolments, eq(enrolments.participantId, r.participantId)), db.select(idOf).from(r).where(inList(r.id, referralIds)), db.select(idOf).from(r).where(inList(r.participantId, people)), db.select(idOf).from(r).where(inList(r.nhsNumber, nhs)));
	const p = participants;
	const neededPeople = union(db.select({ id: enrolments.participantId }).from(enrolments), db.select({ id: r.participantId }).from(r).where(inArray(r.id, neededReferrals)), db.select({ id: p.id }).from(p).where(inList(p.id, people)), db.select({ id: p.id }).from(p).where(inList(p.nhsNumber, nhs)));
	return [db.select().from(r).where(inArray(r.id, neededReferrals)).orderBy(asc(r.id)), db.select().from(p).where(inArray(p.id, neededPeople)).orderBy(asc(p.id))];
}
/** `column in (values)`, or nothing at all for no values. */
function inList(column, values) {
	return values.length > 0 ? inArray(column, values) : sql`false`;
}
/** The records for these needs, read from the tables (snapshot-cache.ts keeps the commonest). */
async function readSnapshot(db, needs = {}) {
	const [referralRows, participantRows] = waitingListRows(db, needs);
	const [staff, cohortRows, facilitators, sessions, participants, enrolments$1, attendance$1, referrals, vacancies$1, offers$1, flagReviews$1, flagContacts$1, settingsRows, audit] = await Promise.all([
		readStaff(db),
		db.select().from(cohorts).orderBy(asc(cohorts.id)),
		db.select().from(cohortFacilitators).orderBy(asc(cohortFacilitators.position)),
		db.select().from(courseSessions).orderBy(asc(courseSessions.id)),
		participantRows,
		db.select().from(enrolments).orderBy(asc(enrolments.id)),
		db.select().from(attendance).orderBy(asc(attendance.id)),
		referralRows,
		db.select().from(vacancies).orderBy(asc(vacancies.id)),
		db.select().from(offers).orderBy(asc(offers.id)),
		db.select().from(flagReviews).orderBy(asc(flagReviews.id)),
		db.select().from(flagContacts).orderBy(asc(flagContacts.id)),
		db.select().from(serviceSettings),
		needs.listHistory ? db.select().from(auditEvents).where(inArray(auditEvents.entity, ["referral", "vacancy"])).orderBy(asc(auditEvents.id)) : Promise.resolve([])
	]);
	const byCohort = /* @__PURE__ */ new Map();
	facilitators.forEach((f) => byCohort.set(f.cohortId, [...byCohort.get(f.cohortId) ?? [], f.staffId]));
	const settings = settingsRows[0];
	if (!settings) throw new Error("The service settings row is missing: was the database seeded?");
	const { id: _one, ...serviceSettings$1 } = settings;
	return {
		staff,
		cohorts: cohortRows.map((c) => ({
			...c,
			facilitatorIds: byCohort.get(c.id) ?? []
		})),
		sessions,
		participants,
		enrolments: enrolments$1,
		attendance: attendance$1,
		referrals,
		vacancies: vacancies$1,
		offers: offers$1,
		flagReviews: flagReviews$1,
		flagContacts: flagContacts$1,
		settings: serviceSettings$1,
		audit: audit.map(auditEventOf)
	};
}
/** Staff as the domain sees them (no password hashes, no sign-on identities), in id order. */
async function readStaff(db) {
	return (await db.select().from(staffAccounts).orderBy(asc(staffAccounts.id))).map(staffUserOf);
}
/** An audit row as the contract's AuditEvent (its id a string, its time an ISO string). */
function auditEventOf(row) {
	return {
		id: String(row.id),
		at: new Date(row.at).toISOString(),
		actorId: row.actorId,
		actorRole: row.actorRole,
		action: row.action,
		entity: row.entity,
		entityId: row.entityId,
		before: row.before ?? null,
		after: row.after ?? null,
		requestId: row.requestId
	};
}
var TABLES = {
	cohorts,
	sessions: courseSessions,
	participants,
	enrolments,
	attendance,
	referrals,
	vacancies,
	offers,
	flagReviews,
	flagContacts
};
/** Parents before children, so foreign keys hold at every insert. */
var WRITE_ORDER = [
	"participants",
	"cohorts",
	"sessions",
	"enrolments",
	"attendance",
	"referrals",
	"vacancies",
	"offers",
	"flagReviews",
	"flagContacts"
];
/** Insert, or replace every column of the row with the same id. */
async function upsert(tx, table, rows) {
	const columns = getTableColumns(table);
	const set = {};
	for (const [key, column] of Object.entries(columns)) if (key !== "id") set[key] = sql.raw(`excluded."${column.name}"`);
	const id = columns.id;
	await tx.insert(table).values(rows).onConflictDoUpdate({
		target: id,
		set
	});
}
async function putCohorts(tx, cohorts$1) {
	await upsert(tx, cohorts, cohorts$1.map(({ facilitatorIds: _ids, ...row }) => row));
	const ids = cohorts$1.map((c) => c.id);
	await tx.delete(cohortFacilitators).where(inArray(cohortFacilitators.cohortId, ids));
	const links = cohorts$1.flatMap((c) => c.facilitatorIds.map((staffId, position) => ({
		cohortId: c.id,
		staffId,
		position
	})));
	if (links.length > 0) await tx.insert(cohortFacilitators).values(links);
}
/** Stores what a domain command decided, inside the caller's transaction. */
async function applyChanges(tx, changes) {
	for (const name of [...WRITE_ORDER].reverse()) {
		const ids = changes.remove[name];
		if (!ids?.length) continue;
		const table = TABLES[name];
		await tx.delete(table).where(inArray(getTableColumns(table).id, ids));
	}
	for (const name of WRITE_ORDER) {
		const rows = changes.put[name];
		if (!rows?.length) continue;
		if (name === "cohorts") await putCohorts(tx, rows);
		else await upsert(tx, TABLES[name], rows);
	}
	if (changes.settings) await upsert(tx, serviceSettings, [{
		id: 1,
		...changes.settings
	}]);
}
// src/server/db/snapshot-cache.ts
var kept = /* @__PURE__ */ new Map();
function isCommon(needs) {
	return !needs.everyone && !needs.listHistory && !needs.referralIds?.length && !needs.participantIds?.length && !needs.nhsNumbers?.length;
}
function deepFreeze(value) {
	if (value && typeof value === "object" && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
/** The count now, as this transaction sees it. */
async function dataVersionIn(db) {
	const [row] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1));
	return row ?? null;
}
/** The count, locked until this transaction ends: no other transaction can change a domain
* record (their triggers wait on this row), so whatever the count is at the end is this
* transaction's doing alone. Writes take it first (write-context.ts). */
async function lockDataVersion(db) {
	const [row] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1)).for("update");
	return row ?? null;
}
/** The records for these needs: read afresh, or as kept when nothing has changed since.
* `known`: the count, when the caller has just read it. `keep`: only a read-only transaction
* may keep what it read (a write's transaction could still roll back what it sees). */
async function loadSnapshot(db, needs = {}, { known, keep = false } = {}) {
	if (!isCommon(needs)) return readSnapshot(db, needs);
	const row = known === void 0 ? await dataVersionIn(db) : known;
	if (!row) return readSnapshot(db, needs);
	const hit = kept.get(row.databaseId);
	if (hit && hit.version === row.version) return {
		...hit.records,
		staff: await readStaff(db)
	};
	const { staff, ...records } = await readSnapshot(db, needs);
	if (keep && (!hit || hit.version < row.version)) kept.set(row.databaseId, {
		version: row.version,
		records: deepFreeze(records)
	});
	return {
		...records,
		staff
	};
}
/** Tables whose changes leave the kept records' choice of referrals and people as it was
* (read-needs.ts chooses them by places, offers and referrals): a write touching only these
* (a mark, a note, a flag decision, a session, a cohort's details, settings) updates the kept
* records in place of reading them all again. */
var PATCHABLE = /* @__PURE__ */ new Set([
	"attendance",
	"sessions",
	"flagReviews",
	"flagContacts",
	"cohorts",
	"vacancies"
]);
function byId(a, b) {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** After a write commits: the kept records at `from`, with the write's changes, are the records
* at `to` (the write held the count's lock, so nothing else changed between). A write that
* touched anything else leaves them to be read again. */
function keepAfterWrite(from, to, changes) {
	const hit = kept.get(from.databaseId);
	if (!hit || hit.version !== from.version || to.version === from.version) return;
	if (![...Object.keys(changes.put), ...Object.keys(changes.remove)].every((name) => PATCHABLE.has(name))) return;
	const records = { ...hit.records };
	for (const [name, rows] of Object.entries(changes.put)) {
		const next = new Map(records[name].map((r) => [r.id, r]));
		for (const row of rows) next.set(row.id, row);
		records[name] = [...next.values()].sort(byId);
	}
	for (const [name, ids] of Object.entries(changes.remove)) {
		const gone = new Set(ids);
		records[name] = records[name].filter((r) => !gone.has(r.id));
	}
	if (changes.settings) records.settings = changes.settings;
	kept.set(from.databaseId, {
		version: to.version,
		records: deepFreeze(structuredCloneFree(records))
	});
}
/** The changes' rows are the command's own objects: copied, so freezing them changes nothing
* the command's caller still holds. */
function structuredCloneFree(records) {
	return Object.fromEntries(Object.entries(records).map(([name, value]) => [name, Array.isArray(value) ? Object.isFrozen(value) ? value : value.map((r) => Object.isFrozen(r) ? r : structuredClone(r)) : value && typeof value === "object" && !Object.isFrozen(value) ? structuredClone(value) : value]));
}
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
// src/server/http/api-error.ts
/** An answer the API gives on purpose: a status and the one error body of the contract. */
var ApiError = class extends Error {
	status;
	code;
	fieldErrors;
	current;
	name = "ApiError";
	constructor(status, code, message, fieldErrors, current) {
		super(message);
		this.status = status;
		this.code = code;
		this.fieldErrors = fieldErrors;
		this.current = current;
	}
};
var PROBLEMS = {
	badPath: () => new ApiError(400, "validation_failed", "The address is not valid."),
	badHost: () => new ApiError(400, "validation_failed", "This server does not answer for that host name."),
	badJson: () => new ApiError(400, "validation_failed", "The request body was not valid JSON."),
	notFound: () => new ApiError(404, "not_found", "There is nothing at this address."),
	methodNotAllowed: () => new ApiError(405, "not_found", "This address does not accept that method."),
	crossOrigin: () => new ApiError(403, "forbidden", "Requests from this origin are refused."),
	tooLarge: () => new ApiError(413, "validation_failed", "The request body is larger than 1 MB."),
	notJson: () => new ApiError(415, "validation_failed", "Send the request body as application/json."),
	badKey: () => new ApiError(400, "validation_failed", "An Idempotency-Key has 1 to 200 characters."),
	keyReused: () => new ApiError(422, "conflict", "This Idempotency-Key was already used with a different request body.")
};
var BY_STATUS = {
	401: "unauthenticated",
	403: "forbidden",
	404: "not_found"
};
function errorBody(error) {
	return { error: {
		code: error.code,
		message: error.message,
		...error.fieldErrors ? { fieldErrors: error.fieldErrors } : {},
		...error.current !== void 0 ? { current: error.current } : {}
	} };
}
/** The answer for an error a client caused, or null for one the server caused (a 500). */
function clientErrorAnswer(error) {
	if (error instanceof ApiError && error.status < 500) return {
		status: error.status,
		body: errorBody(error)
	};
	if (error instanceof Refusal) return {
		status: ERROR_STATUS[error.code],
		body: errorBody(error)
	};
	if (error instanceof HTTPException && error.status < 500) {
		const code = BY_STATUS[error.status] ?? "validation_failed";
		return {
			status: error.status,
			body: { error: {
				code,
				message: error.message || "Bad request."
			} }
		};
	}
	return null;
}
/** Sends an answer (a handler's, a stored idempotent one, an error's) as JSON. */
function sendAnswer(c, answer) {
	return c.json(answer.body ?? null, answer.status);
}
var SERVER_ERROR = {
	status: 500,
	body: { error: {
		code: "server_error",
		message: "The server had a problem."
	} }
};
// src/server/http/read-json.ts
/** The request body as JSON, or a 400 in the contract's error shape. The content type (415)
* and the size (413) were checked before the handler ran. Validate the result with the
* endpoint's schema from ENDPOINTS. */
async function readJson(c) {
	const text = await c.req.text();
	try {
		return JSON.parse(text);
	} catch {
		throw PROBLEMS.badJson();
	}
}
// src/server/canonical-json.ts
/** JSON with object keys sorted at every level and no whitespace: the same value always gives
* the same text, whatever order its keys were built or stored in (jsonb reorders them). Used
* for the audit chain's hashes and for an idempotent request's body hash. `undefined` members
* are dropped and Dates become ISO strings, as JSON.stringify does. */
function canonicalJson(value) {
	return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))));
}
function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
	return value;
}
// src/server/db/pg-error.ts
var SQLSTATE = {
	uniqueViolation: "23505",
	foreignKeyViolation: "23503",
	checkViolation: "23514",
	exclusionViolation: "23P01",
	serializationFailure: "40001",
	deadlockDetected: "40P01",
	insufficientPrivilege: "42501"
};
function pgError(error) {
	for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
		const { code, constraint, table, message } = e;
		if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return {
			code,
			message: String(message),
			...typeof constraint === "string" ? { constraint } : {},
			...typeof table === "string" ? { table } : {}
		};
	}
	return null;
}
function isUniqueViolation(error, constraint) {
	const info = pgError(error);
	return info?.code === SQLSTATE.uniqueViolation && (constraint === void 0 || info.constraint === constraint);
}
// src/server/idempotency.ts
var EXPIRES_AFTER = sql`interval '24 hours'`;
/** The scope of the request's Idempotency-Key, or null when it sent none (the write then
* simply runs). The path is the one requested, ids included; the Host is left out. */
function idempotencyScopeOf(c, userId) {
	const key = c.req.header("idempotency-key")?.trim();
	if (key === void 0 || key === "") return null;
	if (key.length > 200) throw PROBLEMS.badKey();
	return {
		userId,
		method: c.req.method,
		path: c.req.path,
		key
	};
}
/** Runs a write once per Idempotency-Key. The key and the first answer are stored in the SAME
* transaction as the write, so a crash leaves both or neither: a retry after an unanswered
* POST either finds the answer or does the write, never does it twice. Refusals (4xx) are
* answers too: the write rolls back to a savepoint and the refusal is what a retry gets.
* A key reused with another body is refused with 422; keys expire after 24 hours. */
async function runIdempotent(db, scope, body, write) {
	const requestHash = createHash("sha256").update(canonicalJson(body)).digest("hex");
	const where = and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.method, scope.method.toUpperCase()), eq(idempotencyKeys.path, scope.path), eq(idempotencyKeys.key, scope.key));
	const attempt = () => db.transaction(async (tx) => {
		const [first] = await tx.select().from(idempotencyKeys).where(and(where, gt(idempotencyKeys.createdAt, sql`now() - ${EXPIRES_AFTER}`)));
		if (first) {
			if (first.requestHash !== requestHash) throw PROBLEMS.keyReused();
			return {
				status: first.status,
				body: first.response,
				replayed: true
			};
		}
		await tx.delete(idempotencyKeys).where(and(where, lte(idempotencyKeys.createdAt, sql`now() - ${EXPIRES_AFTER}`)));
		const answer = await tx.transaction(write).catch((error) => {
			const refusal = clientErrorAnswer(error);
			if (!refusal) throw error;
			return refusal;
		});
		await tx.insert(idempotencyKeys).values({
			...scope,
			method: scope.method.toUpperCase(),
			requestHash,
			status: answer.status,
			response: answer.body ?? null
		});
		return {
			...answer,
			replayed: false
		};
	});
	try {
		return await attempt();
	} catch (error) {
		if (isUniqueViolation(error, "idempotency_keys_scope")) return attempt();
		throw error;
	}
}
/** Deletes expired keys; run now and then (under a lease: src/server/leases.ts). */
async function purgeExpiredIdempotencyKeys(db) {
	return (await db.delete(idempotencyKeys).where(lte(idempotencyKeys.createdAt, sql`now() - ${EXPIRES_AFTER}`)).returning({ key: idempotencyKeys.key })).length;
}
"0".repeat(64);
function auditHash(prevHash, content) {
	return createHash("sha256").update(prevHash + canonicalJson(content)).digest("hex");
}
/** Appends one entry inside the writer's own transaction (a `Tx`, not a `Db`), so the change
* and its audit entry commit together or not at all. The head row is locked FOR UPDATE first:
* a concurrent writer, on this instance or another, waits here until this transaction ends,
* then chains onto this entry, so the chain never forks. NHS numbers in any text are masked
* before anything is stored or hashed. */
async function appendAudit(tx, input) {
	const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for("update");
	if (!head) throw new Error("audit_head has no row: the migrations have not run");
	const content = {
		id: head.lastId + 1,
		at: (input.at ?? /* @__PURE__ */ new Date()).toISOString(),
		actorId: input.actorId,
		actorRole: input.actorRole,
		action: input.action,
		entity: input.entity,
		entityId: input.entityId,
		before: snapshot(input.before),
		after: snapshot(input.after),
		requestId: input.requestId
	};
	const hash = auditHash(head.lastHash, content);
	await tx.insert(auditEvents).values({
		...content,
		at: new Date(content.at),
		prevHash: head.lastHash,
		hash
	});
	await tx.update(auditHead).set({
		lastId: content.id,
		lastHash: hash
	}).where(eq(auditHead.id, 1));
	return {
		...content,
		hash
	};
}
function snapshot(value) {
	if (value === void 0 || value === null) return null;
	return JSON.parse(JSON.stringify(maskNhsNumbersDeep(value)));
}
// src/server/routes/write-context.ts
/** Writes take this lock first: one write at a time across every instance on the database, so
* a command's checks and its changes see the same records. The constraints stay as a backstop. */
var WRITE_LOCK = 4242001;
async function takeWriteLock(tx) {
	await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
}
/** A constraint's refusal, said as the domain rule it backs says it. */
var CONSTRAINT_REFUSALS = {
	referrals_one_entry_per_nhs_number: ["duplicate_nhs_number", "This NHS number is already on the waiting list."],
	participants_nhs_number: ["duplicate_nhs_number", "This NHS number is already recorded."],
	offers_one_open_per_vacancy: ["conflict", "This place already has an open offer."],
	offers_one_open_per_person: ["conflict", "This person already holds an open offer."],
	attendance_one_mark: ["conflict", "Someone else marked this person at the same time."]
};
function refusalFor(error) {
	const info = pgError(error);
	const known = info?.constraint ? CONSTRAINT_REFUSALS[info.constraint] : void 0;
	if (known) refuse$1(known[0], known[1]);
	if (info?.code === "P0001" && info.message.startsWith("cohort_full")) refuse$1("cohort_full", "This cohort is full.");
	if (info?.code === "P0001" && info.message.startsWith("already_enrolled")) refuse$1("already_enrolled", "This person already has a place in another cohort.");
	if (info?.code === "P0001" && info.message.startsWith("capacity_below_places")) {
		const held = info.message.replace(/\D+/g, "");
		refuse$1("validation_failed", "Some details need correcting.", { capacity: [`${held} people already hold places: capacity cannot be below ${held}`] });
	}
	if (info?.code === SQLSTATE.foreignKeyViolation) refuse$1("not_found", "A record it refers to was not found.");
	throw error;
}
function newId(prefix) {
	return `${prefix}_${randomBytes(6).toString("hex")}`;
}
function commandContext(user, scope) {
	return {
		actor: {
			id: user.id,
			role: user.role,
			scope
		},
		now: (/* @__PURE__ */ new Date()).toISOString(),
		today: todayIso(),
		newId
	};
}
/** Runs a domain command on the records as they stand inside `tx`, stores its changes and
* appends its audit entries to the chain, all in the caller's transaction. */
async function runCommandIn(tx, who, command, needs, afterCommit) {
	await takeWriteLock(tx);
	const before = await lockDataVersion(tx);
	const cc = commandContext(who.user, who.scope);
	const { changes, result } = command(await loadSnapshot(tx, needs, { known: before }), cc);
	try {
		await tx.transaction((inner) => applyChanges(inner, changes));
	} catch (error) {
		refusalFor(error);
	}
	for (const entry of changes.audit) await appendAudit(tx, {
		...entry,
		actorId: who.user.id,
		actorRole: who.user.role,
		requestId: who.requestId,
		at: new Date(cc.now)
	});
	if (before && afterCommit) {
		const after = await dataVersionIn(tx);
		if (after) afterCommit.push(() => keepAfterWrite(before, after, changes));
	}
	return result;
}
/** The entries of the audit trail that match, newest first, one page of them, filtered in
* SQL, and how many match in all. */
async function readAuditTrail(db, filter, page) {
	const where = [
		filter.actor ? sql`${auditEvents.actorId} = ${filter.actor}` : void 0,
		filter.record ? sql`${auditEvents.entityId} = ${filter.record}` : void 0,
		filter.from ? sql`${auditEvents.at} >= (${filter.from}::date)::timestamp at time zone 'UTC'` : void 0,
		filter.to ? sql`${auditEvents.at} < (${filter.to}::date + 1)::timestamp at time zone 'UTC'` : void 0
	].filter((part) => part !== void 0);
	const matching = where.length ? sql.join(where, sql` and `) : void 0;
	const [rows, [counted]] = await Promise.all([db.select().from(auditEvents).where(matching).orderBy(desc(auditEvents.id)).offset(page.offset).limit(page.limit), db.select({ total: count() }).from(auditEvents).where(matching)]);
	return {
		items: rows.map(auditEventOf),
		total: counted?.total ?? 0
	};
}
// src/domain/people-search.ts
function peopleNeedles(q) {
	const digits = q.replace(/\s/g, "");
	return {
		name: q.toLowerCase().replace(/\s+/g, " "),
		digits: /^\d{3,}$/.test(digits) ? digits : null
	};
}
// src/server/db/people-query.ts
/** src/domain/people-search.ts findPeople, in SQL: the people table is never read whole. */
async function findPeopleIn(db, q) {
	const { name, digits } = peopleNeedles(q);
	return db.select().from(participants).where(or(sql`strpos(lower(${participants.givenName} || ' ' || ${participants.familyName}), ${name}) > 0`, digits === null ? void 0 : sql`strpos(${participants.nhsNumber}, ${digits}) > 0`)).orderBy(asc(sql`${participants.id} collate "C"`)).limit(25);
}
// src/server/db/waiting-list-query.ts
var OPEN = sql`${referrals.status} in ('waiting', 'offered')`;
function statusWhere(status) {
	if (status === "all") return void 0;
	if (status === "open") return OPEN;
	return eq(referrals.status, status);
}
function needleWhere(text) {
	const needle = searchNeedle(text);
	if (!needle) return void 0;
	return or(sql`strpos(lower(${referrals.givenName} || ' ' || ${referrals.familyName}), ${needle}) > 0`, sql`strpos(${referrals.nhsNumber}, ${needle}) > 0`);
}
/** Urgent first, then longest waiting, then id: compareWaiting. */
var PRIORITY = [
	desc(referrals.urgent),
	asc(referrals.referralDate),
	sql`${referrals.id} collate "C"`
];
function orderOf(q) {
	const dir = (e) => q.desc ? sql`${e} desc` : sql`${e} asc`;
	switch (q.sort) {
		case "name": return [dir(sql`lower(${referrals.familyName} || ' ' || ${referrals.givenName}) collate "C"`), ...PRIORITY];
		case "wait": return [q.desc ? asc(referrals.referralDate) : desc(referrals.referralDate), ...PRIORITY];
		case "urgency": return [dir(sql`${referrals.urgent}`), ...PRIORITY];
		case "status": return [dir(sql`case ${referrals.status} when 'waiting' then 0 when 'offered' then 1 when 'enrolled' then 2 else 3 end`), ...PRIORITY];
		default: return PRIORITY;
	}
}
async function waitingListPage(db, q) {
	const where = and(statusWhere(q.status), q.urgency === "all" ? void 0 : eq(referrals.urgent, q.urgency === "urgent"), needleWhere(q.text));
	const page = db.select().from(referrals).where(where).orderBy(...orderOf(q)).offset(q.offset).limit(q.limit);
	const countOf = async (condition) => (await db.select({ n: count() }).from(referrals).where(condition))[0]?.n ?? 0;
	const whole = q.status === "open" && q.urgency === "all" && searchNeedle(q.text) === "";
	const [items, total, onList] = await Promise.all([
		page,
		countOf(where),
		whole ? void 0 : countOf(OPEN)
	]);
	return {
		items,
		total,
		onList: onList ?? total
	};
}
// src/server/routes/endpoint-routes.ts
var STARTS_SESSION = /* @__PURE__ */ new Set(["POST /auth/login"]);
var ENDS_SESSION = /* @__PURE__ */ new Set(["POST /auth/logout", "POST /auth/logout-everywhere"]);
var unauthenticated = () => new ApiError(401, "unauthenticated", "Your session has ended. Sign in again.");
function validate(schema, data) {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const fieldErrors = {};
	for (const issue of result.error.issues) {
		const key = issue.path.map(String).join(".") || "_form";
		(fieldErrors[key] ??= []).push(issue.message);
	}
	throw new ApiError(400, "validation_failed", "Some details need correcting.", fieldErrors);
}
async function authorise(c, contract, cookies) {
	if (contract.action === "public") return {
		user: null,
		scope: "all"
	};
	const token = readSessionCookie(c, cookies);
	const user = token ? await sessionUser(c.var.db, token) : null;
	if (!user) {
		if (token) clearSessionCookie(c, cookies);
		throw unauthenticated();
	}
	const scope = scopeOf(user.role, contract.action);
	if (!scope) throw new ApiError(403, "forbidden", "Your role does not allow this.");
	return {
		user,
		scope
	};
}
async function readInput(c, contract) {
	const body = contract.request ? validate(contract.request, await readJson(c)) : void 0;
	const params = Object.fromEntries(Object.entries(c.req.queries()).flatMap(([k, v]) => v[0] ? [[k, v[0]]] : []));
	const query = contract.query ? validate(contract.query, params) : void 0;
	let version = 0;
	if (contract.ifMatch) {
		const header = c.req.header("if-match");
		if (!header) throw new ApiError(428, "precondition_required", "This change needs the version you last saw.");
		version = Number(header.replace(/"/g, ""));
		if (!Number.isInteger(version) || version < 0) throw new ApiError(400, "validation_failed", "If-Match must be a version like \"3\".");
	}
	return {
		body,
		query,
		version
	};
}
function context(c, db, who, input, afterCommit, readOnly, token) {
	const requestId = c.var.requestId;
	return {
		...who,
		tx: db,
		token,
		params: c.req.param(),
		body: input.body,
		query: input.query,
		version: input.version,
		requestId,
		read: (needs) => loadSnapshot(db, needs, { keep: readOnly }),
		run: (command, needs) => runCommandIn(db, {
			...who,
			requestId
		}, command, needs, afterCommit),
		waitingList: (query) => waitingListPage(db, query),
		findPeople: (q) => findPeopleIn(db, q),
		auditTrail: (filter, page) => readAuditTrail(db, filter, page)
	};
}
/** Runs one task at a time, in the order they came. */
function oneAtATime() {
	let tail = Promise.resolve();
	return (task) => {
		const run = tail.then(task, task);
		tail = run.catch(() => void 0);
		return run;
	};
}
/** The sign-in's answer without its token, which goes into the session cookie instead, and
* with nothing the contract's answer does not have (the account's other columns). */
function tokenIntoCookie(c, cookies, contract, body) {
	if (!body || typeof body !== "object" || !("token" in body)) return body;
	const { token, ...rest } = body;
	if (typeof token === "string") setSessionCookie(c, cookies, token);
	const parsed = contract.response.safeParse(rest);
	return parsed.success ? parsed.data : rest;
}
function endpointRoutes(resolvers, options) {
	const cookies = options.cookies ?? { secure: false };
	const api = new Hono();
	const writes = oneAtATime();
	for (const key of ENDPOINT_KEYS) {
		const contract = ENDPOINTS[key];
		const resolver = resolvers[key];
		if (!resolver || contract.demoOnly && !options.demo) continue;
		const { method, path } = splitKey(key);
		api.on(method, path, async (c) => {
			const who = await authorise(c, contract, cookies);
			const token = readSessionCookie(c, cookies);
			const input = await readInput(c, contract);
			const user = who.user;
			const afterCommit = [];
			const readOnly = method === "GET" || contract.safe === true;
			const answer = async (db) => ({
				status: successStatus(key, contract),
				body: await resolver(context(c, db, {
					user,
					scope: who.scope
				}, input, afterCommit, readOnly, token)) ?? null
			});
			const { db } = c.var;
			const idempotency = method === "POST" && !contract.safe && who.user ? idempotencyScopeOf(c, user.id) : null;
			const result = readOnly ? await db.transaction(answer, {
				isolationLevel: "repeatable read",
				accessMode: "read only"
			}) : contract.action === "public" ? await db.transaction(answer) : await writes(() => idempotency ? runIdempotent(db, idempotency, input.body ?? null, answer) : db.transaction(answer));
			afterCommit.forEach((done) => done());
			let body = result.body;
			if (STARTS_SESSION.has(key)) body = tokenIntoCookie(c, cookies, contract, body);
			if (ENDS_SESSION.has(key)) clearSessionCookie(c, cookies);
			return c.json(body, result.status);
		});
	}
	return api;
}
function signInByIdentity(db, identity, requestId) {
	return db.transaction(async (tx) => {
		const audit = (actor, action, after) => appendAudit(tx, {
			actorId: actor?.id ?? "anonymous",
			actorRole: actor?.role ?? "anonymous",
			action,
			entity: actor ? "staff" : "sign-on identity",
			entityId: actor?.id ?? identity.subject.slice(0, 64),
			after: {
				method: "single sign-on",
				issuer: identity.issuer,
				...after
			},
			requestId
		});
		let account = await boundAccount(tx, identity);
		if (!account && identity.email) {
			const unbound = await unboundAccountByEmail(tx, identity.email);
			if (unbound && !unbound.active) account = unbound;
			else if (unbound && await bind(tx, unbound, identity)) {
				account = unbound;
				await audit(account, "staff.sso-link", { subject: identity.subject });
			} else if (unbound) account = await boundAccount(tx, identity);
		}
		if (!account) {
			await audit(null, "session.sign-in-refused", {
				reason: "unknown",
				subject: identity.subject,
				email: identity.email
			});
			return {
				ok: false,
				reason: "unknown"
			};
		}
		if (!account.active) {
			await audit(account, "session.sign-in-refused", { reason: "deactivated" });
			return {
				ok: false,
				reason: "deactivated"
			};
		}
		const token = await startSession(tx, account.id);
		await audit(account, "session.sign-in", {});
		return {
			ok: true,
			token,
			staffId: account.id
		};
	});
}
async function boundAccount(tx, identity) {
	const [account] = await tx.select().from(staffAccounts).where(and(eq(staffAccounts.oidcIssuer, identity.issuer), eq(staffAccounts.oidcSubject, identity.subject)));
	return account;
}
async function unboundAccountByEmail(tx, email) {
	const [account] = await tx.select().from(staffAccounts).where(and(sql`lower(${staffAccounts.email}) = lower(${email})`, isNull(staffAccounts.oidcSubject)));
	return account;
}
/** Binds the account if it is still unbound (a concurrent first sign-in binds it once). */
async function bind(tx, account, identity) {
	return (await tx.update(staffAccounts).set({
		oidcIssuer: identity.issuer,
		oidcSubject: identity.subject
	}).where(and(eq(staffAccounts.id, account.id), isNull(staffAccounts.oidcSubject))).returning({ id: staffAccounts.id })).length === 1;
}
// src/server/routes/oidc-routes.ts
var FLOW_COOKIE = "cohort-sign-on";
/** A path of the app (not `//host`, no backslash, space or control character), else the start. */
function safeReturnTo(value) {
	if (!value || value.length > 2e3 || !value.startsWith("/")) return "/";
	return [...value].some((ch) => ch <= " " || ch === "\\" || ch === "") || value.startsWith("//") ? "/" : value;
}
/** Adds the pages to the API (mounted under /api). */
function addSingleSignOnRoutes(routes, options) {
	const { client, appOrigin, cookies } = options;
	const toSignIn = (problem, returnTo = "/") => {
		const search = new URLSearchParams({ sso: problem });
		if (returnTo !== "/") search.set("redirect", returnTo);
		return `${appOrigin}/sign-in?${search}`;
	};
	routes.get(SINGLE_SIGN_ON.login, async (c) => {
		const returnTo = safeReturnTo(c.req.query("returnTo"));
		try {
			const { url, flow } = await client.start(returnTo);
			setFlowCookie(c, cookies, FLOW_COOKIE, encodeFlow(flow), FLOW_MAX_AGE_MS / 1e3);
			return c.redirect(url.href, 302);
		} catch (error) {
			c.var.log.warn({ err: { type: error.name } }, "single sign-on unavailable");
			return c.redirect(toSignIn("unavailable", returnTo), 303);
		}
	});
	routes.get(SINGLE_SIGN_ON.callback, async (c) => {
		const flow = decodeFlow(readFlowCookie(c, cookies, FLOW_COOKIE));
		clearFlowCookie(c, cookies, FLOW_COOKIE);
		if (!flow) return c.redirect(toSignIn("expired"), 303);
		let identity;
		try {
			identity = await client.finish(new URL(c.req.url).searchParams, flow);
		} catch (error) {
			const err = error;
			c.var.log.warn({ err: {
				type: err.name,
				code: err.code ?? err.error
			} }, "single sign-on failed");
			return c.redirect(toSignIn("failed", flow.returnTo), 303);
		}
		const outcome = await signInByIdentity(c.var.db, identity, c.var.requestId);
		if (!outcome.ok) return c.redirect(toSignIn(outcome.reason, flow.returnTo), 303);
		setSessionCookie(c, cookies, outcome.token);
		return c.redirect(`${appOrigin}${safeReturnTo(flow.returnTo)}`, 303);
	});
	routes.get(SINGLE_SIGN_ON.jwks, (c) => c.json({ keys: [client.settings.publicJwk] }));
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
// src/server/auth/passwords.ts
var OPTIONS = {
	type: argon2.argon2id,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
};
function hashPassword(password) {
	return argon2.hash(password, OPTIONS);
}
async function verifyPassword(hash, password) {
	if (!hash) return false;
	try {
		return await argon2.verify(hash, password);
	} catch {
		return false;
	}
}
/** Compared against when no account matches, so a wrong email costs the same time as a wrong
* password and the answer says nothing about which accounts exist. */
var decoy = null;
function decoyHash() {
	decoy ??= hashPassword("not-a-password-of-anyone");
	return decoy;
}
// src/server/db/seed-demo.ts
/** PostgreSQL takes at most 65,535 parameters a statement: rows go in chunks well below it. */
var MAX_PARAMETERS = 3e4;
async function insertInChunks(tx, table, rows) {
	if (rows.length === 0) return;
	const columns = Object.keys(rows[0]).length;
	const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
	for (let at = 0; at < rows.length; at += size) await tx.insert(table).values(rows.slice(at, at + size));
}
/** The demo accounts not yet in the table, each password hashed once (argon2id is slow on
* purpose, and every demo account shares one). Accounts already there are left as they are. */
async function insertDemoStaff(tx, staff) {
	const ids = staff.map((s) => s.id);
	const existing = new Set((await tx.select({ id: staffAccounts.id }).from(staffAccounts).where(inArray(staffAccounts.id, ids))).map((s) => s.id));
	const hashes = /* @__PURE__ */ new Map();
	const hashOf = (password) => {
		if (!hashes.has(password)) hashes.set(password, hashPassword(password));
		return hashes.get(password);
	};
	await insertInChunks(tx, staffAccounts, await Promise.all(staff.filter((s) => !existing.has(s.id)).map(async ({ password, ...account }) => ({
		...account,
		passwordHash: await hashOf(password),
		active: true
	}))));
}
/** The demo's records (everything but the accounts), parents before children. */
async function insertDemoRecords(tx, seed) {
	await insertInChunks(tx, participants, seed.participants);
	await insertInChunks(tx, cohorts, seed.cohorts.map(({ facilitatorIds: _ids, ...cohort }) => cohort));
	await insertInChunks(tx, cohortFacilitators, seed.cohorts.flatMap((c) => c.facilitatorIds.map((staffId, position) => ({
		cohortId: c.id,
		staffId,
		position
	}))));
	await insertInChunks(tx, courseSessions, seed.sessions);
	await insertInChunks(tx, enrolments, seed.enrolments);
	await insertInChunks(tx, attendance, seed.attendance);
	await insertInChunks(tx, referrals, seed.referrals);
	await insertInChunks(tx, vacancies, seed.vacancies);
	await insertInChunks(tx, offers, seed.offers);
	await insertInChunks(tx, flagReviews, seed.flagReviews);
	await insertInChunks(tx, flagContacts, seed.flagContacts);
	await tx.insert(serviceSettings).values({
		id: 1,
		...seed.settings
	}).onConflictDoUpdate({
		target: serviceSettings.id,
		set: seed.settings
	});
}
/** The whole demo, accounts included: a first start with SEED=demo. */
async function insertDemoSeed(tx, seed) {
	await insertDemoStaff(tx, seed.staff);
	await insertDemoRecords(tx, seed);
}
/** Today's demo, for startServer's `seed` (it decides when: never over data). */
function seedDemo(tx) {
	return insertDemoSeed(tx, demoSeed());
}
/** Every domain record but the accounts, children before parents (POST /demo/reset). The
* accounts, their sessions, the idempotency keys and the audit trail stay. */
async function deleteDemoRecords(tx) {
	for (const table of [
		offers,
		vacancies,
		flagContacts,
		flagReviews,
		attendance,
		referrals,
		enrolments,
		cohortFacilitators,
		courseSessions,
		cohorts,
		participants
	]) await tx.delete(table);
}
// src/server/routes/server-resolvers.ts
/** One answer for a wrong email, a wrong password and an account switched off, so the answer
* never says which accounts exist. */
var wrongCredentials = () => new ApiError(401, "unauthenticated", "That email and password do not match an account.");
function audit(ctx, action, entity, entityId, after) {
	return appendAudit(ctx.tx, {
		actorId: ctx.user.id,
		actorRole: ctx.user.role,
		action,
		entity,
		entityId,
		before: null,
		after,
		requestId: ctx.requestId
	});
}
var serverResolvers = {
	"POST /auth/login": async (ctx) => {
		const { email, password } = ctx.body;
		const [account] = await ctx.tx.select().from(staffAccounts).where(sql`lower(${staffAccounts.email}) = lower(${email})`);
		const matches = await verifyPassword(account?.passwordHash ?? await decoyHash(), password);
		if (!account || !account.active || !account.passwordHash || !matches) throw wrongCredentials();
		const token = await startSession(ctx.tx, account.id);
		const { passwordHash: _hash, active: _active, ...user } = account;
		return {
			user,
			token
		};
	},
	"GET /auth/me": async ({ user }) => ({ user }),
	"POST /auth/logout": async ({ tx, token }) => {
		if (token) await endSession(tx, token);
		return { ok: true };
	},
	"POST /demo/reset": async (ctx) => {
		await takeWriteLock(ctx.tx);
		const seed = demoSeed();
		await deleteDemoRecords(ctx.tx);
		await insertDemoStaff(ctx.tx, seed.staff);
		await insertDemoRecords(ctx.tx, seed);
		await audit(ctx, "demo.reset", "service", "demo", null);
		return { ok: true };
	},
	"POST /demo/seed-waiting-list": async (ctx) => {
		const { count: wanted } = ctx.body;
		await takeWriteLock(ctx.tx);
		const made = generateReferrals((await ctx.tx.select({ nhsNumber: participants.nhsNumber }).from(participants)).map((p) => p.nhsNumber), wanted, todayIso());
		await insertInChunks(ctx.tx, participants, made.participants);
		await insertInChunks(ctx.tx, referrals, made.referrals);
		await audit(ctx, "demo.seed-waiting-list", "referral", "generated", { count: wanted });
		const [waiting] = await ctx.tx.select({ n: count() }).from(referrals).where(eq(referrals.status, "waiting"));
		return { waiting: waiting?.n ?? 0 };
	}
};
// src/server/routes/session-resolvers.ts
function sessionResolvers(options) {
	return {
		"GET /auth/options": async () => ({ singleSignOn: options.singleSignOn }),
		"POST /auth/logout-everywhere": async (ctx) => {
			const ended = await endAllSessions(ctx.tx, ctx.user.id);
			await appendAudit(ctx.tx, {
				actorId: ctx.user.id,
				actorRole: ctx.user.role,
				action: "session.end-all",
				entity: "staff",
				entityId: ctx.user.id,
				after: { ended },
				requestId: ctx.requestId
			});
			return { ended };
		}
	};
}
// src/server/api.ts
/** The API under /api: every endpoint of ENDPOINTS, built from the shared resolvers (the same
* ones the mock runs) and the server's own (sign-in and the demo). Demo-only endpoints exist
* only when `config.seed === 'demo'`, which readConfig never allows in production; any other
* /api path answers 404 in the contract's error shape. */
function createApi(config) {
	const cookies = { secure: Boolean(config.secureCookies) };
	const api = endpointRoutes({
		...sharedResolvers,
		...serverResolvers,
		...sessionResolvers({ singleSignOn: Boolean(config.oidc) })
	}, {
		demo: config.seed === "demo",
		cookies
	});
	if (config.oidc) addSingleSignOnRoutes(api, {
		client: new OidcClient(config.oidc),
		appOrigin: config.appOrigin,
		cookies
	});
	return api;
}
// src/server/logger.ts
/** Structured JSON lines on stdout. What is logged is chosen field by field (request id,
* method, route pattern, status, time): never a URL, a body, a header, a name or an NHS
* number. `destination` lets tests read the lines. */
function createLogger(options = {}) {
	return pino({
		level: options.level ?? "info",
		base: { service: "cohort-register" }
	}, options.destination);
}
/** An error as it may be logged. Drizzle's query errors carry the SQL parameters in their
* message and PostgreSQL's `detail` the row values, so only the database's own message (with
* any NHS number masked), its code and constraint, and the stack frames are kept. */
function errorForLog(error) {
	const db = pgError(error);
	const err = error instanceof Error ? error : new Error(String(error));
	const frames = (err.stack ?? "").split("\n").filter((line) => line.startsWith("    at ")).slice(0, 12).join("\n");
	return {
		type: err.name,
		message: maskNhsNumbersInText((db?.message ?? err.message).split("\n")[0] ?? "").slice(0, 300),
		...db ? {
			sqlState: db.code,
			constraint: db.constraint
		} : {},
		stack: frames
	};
}
// src/server/startup-error.ts
/** A refusal to start that the operator can act on (a second server on the same data, a
* damaged or newer data folder, pending migrations, a bad setting): the entry prints the
* message alone, without a stack, and exits with code 1. */
var StartupError = class extends Error {
	name = "StartupError";
};
// src/server/auth/oidc-settings.ts
var ENTRA_HOST = "login.microsoftonline.com";
var ENTRA_SHARED = /* @__PURE__ */ new Set([
	"common",
	"organizations",
	"consumers"
]);
var ALGS = {
	RSA: [
		"RS256",
		"RS384",
		"RS512",
		"PS256",
		"PS384",
		"PS512"
	],
	"EC:P-256": ["ES256"],
	"EC:P-384": ["ES384"]
};
function readOidcSettings(env, appOrigin, production) {
	const value = (name) => env[name]?.trim() || void 0;
	const issuerText = value("OIDC_ISSUER");
	const clientId = value("OIDC_CLIENT_ID");
	const keyText = value("OIDC_SIGNING_KEY");
	const keyFile = value("OIDC_SIGNING_KEY_FILE");
	if (!issuerText && !clientId && !keyText && !keyFile) return null;
	if (!issuerText || !clientId || !keyText && !keyFile) throw new StartupError("Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_SIGNING_KEY (or OIDC_SIGNING_KEY_FILE) together; set all of them, or none for no single sign-on.");
	const issuer = readUrl("OIDC_ISSUER", issuerText);
	const allowHttp = issuer.protocol === "http:" && isLoopback(issuer.hostname) && !production;
	if (issuer.protocol !== "https:" && !allowHttp) throw new StartupError(`OIDC_ISSUER must be an https URL (plain http only for a provider on this machine, outside production), not "${issuerText}".`);
	const entraTenant = entraTenantOf(issuer);
	const { privateJwk, publicJwk, kty } = readKey(keyText ?? readKeyFile(keyFile));
	const kid = value("OIDC_SIGNING_KEY_ID") ?? privateJwk.kid;
	const alg = value("OIDC_SIGNING_ALG") ?? ALGS[kty]?.[0];
	if (!alg || !ALGS[kty]?.includes(alg)) throw new StartupError(`OIDC_SIGNING_ALG ${alg ?? "(none)"} does not fit the signing key (${kty}); use one of ${(ALGS[kty] ?? ["RSA or P-256/P-384 EC keys only"]).join(", ")}.`);
	const certFile = value("OIDC_SIGNING_CERT_FILE");
	const scopes = value("OIDC_SCOPES") ?? "openid profile email";
	if (!scopes.split(/\s+/).includes("openid")) throw new StartupError(`OIDC_SCOPES must include "openid", not "${scopes}".`);
	const redirect = readUrl("OIDC_REDIRECT_URI", value("OIDC_REDIRECT_URI") ?? `${appOrigin}/api${SINGLE_SIGN_ON.callback}`);
	if (redirect.protocol !== "https:" && !(isLoopback(redirect.hostname) && !production)) throw new StartupError(`OIDC_REDIRECT_URI must be an https URL, not "${redirect.href}".`);
	return {
		issuer: issuerText,
		clientId,
		privateJwk: {
			...privateJwk,
			...kid ? { kid } : {}
		},
		publicJwk: {
			...publicJwk,
			...kid ? { kid } : {},
			alg,
			use: "sig"
		},
		alg,
		certificateThumbprint: certFile ? thumbprintOf(certFile) : null,
		scopes,
		acrValues: value("OIDC_ACR_VALUES")?.split(/\s+/) ?? [],
		redirectUri: redirect.href,
		allowHttp,
		entraTenant
	};
}
function readUrl(name, text) {
	try {
		return new URL(text);
	} catch {
		throw new StartupError(`${name} must be a URL, not "${text}".`);
	}
}
function isLoopback(hostname) {
	return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** Entra ID only with a tenant-specific issuer: /common (or /organizations) would let any
* organisation's accounts in, and its ID tokens name no single issuer. */
function entraTenantOf(issuer) {
	if (issuer.hostname !== ENTRA_HOST) return null;
	const [tenant, version] = issuer.pathname.split("/").filter(Boolean);
	if (!tenant || ENTRA_SHARED.has(tenant.toLowerCase()) || version !== "v2.0") throw new StartupError(`OIDC_ISSUER for Microsoft Entra ID must be tenant-specific, https://${ENTRA_HOST}/<tenant-id>/v2.0, not "${issuer.href}".`);
	return tenant;
}
function readKeyFile(path) {
	try {
		return readFileSync(path, "utf8");
	} catch {
		throw new StartupError(`OIDC_SIGNING_KEY_FILE cannot be read: "${path}".`);
	}
}
function readKey(text) {
	try {
		const trimmed = text.trim();
		const key = trimmed.startsWith("{") ? createPrivateKey({
			key: JSON.parse(trimmed),
			format: "jwk"
		}) : createPrivateKey(trimmed);
		const privateJwk = key.export({ format: "jwk" });
		if (trimmed.startsWith("{")) {
			const kid = JSON.parse(trimmed).kid;
			if (typeof kid === "string") privateJwk.kid = kid;
		}
		return {
			privateJwk,
			publicJwk: createPublicKey(key).export({ format: "jwk" }),
			kty: privateJwk.kty === "EC" ? `EC:${privateJwk.crv}` : String(privateJwk.kty)
		};
	} catch {
		throw new StartupError("OIDC_SIGNING_KEY is not a private key: give a private JWK (JSON) or a PEM (\"-----BEGIN PRIVATE KEY-----\").");
	}
}
function thumbprintOf(path) {
	try {
		const cert = new X509Certificate(readFileSync(path));
		return createHash("sha256").update(cert.raw).digest("base64url");
	} catch {
		throw new StartupError(`OIDC_SIGNING_CERT_FILE is not a PEM certificate: "${path}".`);
	}
}
// src/server/config.ts
/** Reads the settings from the environment (passed in, so tests never touch process.env) and
* refuses, with a message that says what to change, any that cannot work. */
function readConfig(env) {
	const nodeEnv = env.NODE_ENV?.trim() || "development";
	const production = nodeEnv === "production";
	const databaseUrl = env.DATABASE_URL?.trim() || null;
	if (production && !databaseUrl) throw new StartupError("NODE_ENV=production needs DATABASE_URL (PostgreSQL). The embedded database does not fsync, so a power cut can lose recent writes: it is for demos, development and tests.");
	const port = Number(env.PORT?.trim() || 8787);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`PORT must be a port number (0-65535), not "${env.PORT}".`);
	const host = env.HOST?.trim() || "127.0.0.1";
	const seed = env.SEED?.trim() || (databaseUrl ? "none" : "demo");
	if (seed !== "demo" && seed !== "none") throw new StartupError(`SEED must be "demo" or "none", not "${env.SEED}".`);
	if (seed === "demo" && production) throw new StartupError("SEED=demo writes demo accounts and is refused with NODE_ENV=production.");
	const appOrigin = readOrigin(env.APP_ORIGIN, `http://${urlHost(host)}:${port}`);
	if (production && !appOrigin.startsWith("https:")) throw new StartupError(`NODE_ENV=production needs an https APP_ORIGIN (the session cookie is Secure), not "${appOrigin}".`);
	return {
		port,
		host,
		dataDir: resolve(env.DATA_DIR?.trim() || ".data"),
		databaseUrl,
		seed,
		nodeEnv,
		production,
		appOrigin,
		secureCookies: appOrigin.startsWith("https:"),
		oidc: readOidcSettings(env, appOrigin, production)
	};
}
function readOrigin(value, fallback) {
	const text = value?.trim() || fallback;
	try {
		const url = new URL(text);
		if (url.origin !== "null" && (url.pathname === "/" || url.pathname === "")) return url.origin;
	} catch {}
	throw new StartupError(`APP_ORIGIN must be an origin such as https://app.example.nhs.uk, not "${text}".`);
}
/** An IPv6 address in a URL needs brackets. */
function urlHost(host) {
	return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}
/** Host names the server answers to: loopback, the one it listens on, and the app origin's.
* Any other Host header is refused (a DNS-rebinding page would send its own name). */
function allowedHostNames(config) {
	const names = /* @__PURE__ */ new Set([
		"localhost",
		"127.0.0.1",
		"[::1]",
		new URL(config.appOrigin).hostname
	]);
	if (config.host !== "0.0.0.0" && config.host !== "::") names.add(urlHost(config.host));
	return [...names];
}
/** The database lives in a subfolder, so the lock file and anything else in DATA_DIR never
* sits inside PostgreSQL's own directory. */
function embeddedDbDir(dataDir) {
	return join(dataDir, "pg");
}
/** Refuses, before PGlite touches it, a folder it would misread. PGlite runs initdb over a
* folder without PG_VERSION, which would bury whatever is there under an empty database, and
* it aborts on one of another major. Returns whether the database is new. */
function checkEmbeddedDataDir(dir) {
	if (!existsSync(dir) || statSync(dir).isDirectory() && readdirSync(dir).length === 0) return "new";
	const advice = "Nothing was changed. Restore the folder from a backup, or move it aside to start afresh.";
	if (!statSync(dir).isDirectory()) throw new StartupError(`${dir} should be the embedded database folder but is a file. ${advice}`);
	const versionFile = join(dir, "PG_VERSION");
	if (!existsSync(versionFile) || !existsSync(join(dir, "global", "pg_control"))) throw new StartupError(`${dir} is not empty but is not a whole database folder (PG_VERSION or global/pg_control is missing): it looks damaged. ${advice}`);
	const major = Number(readFileSync(versionFile, "utf8").trim());
	if (!Number.isInteger(major)) throw new StartupError(`${versionFile} is unreadable: the database looks damaged. ${advice}`);
	if (major > 18) throw new StartupError(`${dir} was written by a newer version (PostgreSQL ${major}; this one runs 18). Run the newer version of the app on it. Nothing was changed.`);
	if (major < 18) throw new StartupError(`${dir} holds PostgreSQL ${major} data; this version runs 18. Export it with the version that wrote it (pg_dump) and import it here. Nothing was changed.`);
	return "existing";
}
// src/server/db/client.ts
var schema = {
	...schema_exports,
	...domain_tables_exports
};
/** PGlite in `<dataDir>/pg`: checked first, because PGlite runs initdb over a directory it
* does not recognise, and a damaged or newer one must stop the server, never be replaced. */
async function openEmbedded(dataDir) {
	const dir = embeddedDbDir(dataDir);
	checkEmbeddedDataDir(dir);
	mkdirSync(dataDir, {
		recursive: true,
		mode: 448
	});
	let client;
	try {
		client = await PGlite.create(dir);
	} catch (e) {
		throw new StartupError(`The embedded database in ${dir} could not be opened (${describe(e)}). It may be damaged. Nothing was changed: restore the folder from a backup, or move it aside to start afresh.`);
	}
	return {
		db: drizzle({
			client,
			schema
		}),
		backend: "pglite",
		close: () => client.close()
	};
}
/** node-postgres pool on DATABASE_URL. Connects once at start so a wrong URL or a database
* that is down is reported now, with the host but never the password. */
async function openPostgres(url, max = 10) {
	const pool = new pg.Pool({
		connectionString: url,
		max
	});
	pool.on("error", () => void 0);
	try {
		await pool.query("select 1");
	} catch (e) {
		await pool.end().catch(() => void 0);
		throw new StartupError(`Cannot connect to PostgreSQL at ${safeUrl(url)}: ${describe(e)}`);
	}
	return {
		db: drizzle$1({
			client: pool,
			schema
		}),
		backend: "postgres",
		close: () => pool.end()
	};
}
function safeUrl(url) {
	try {
		const u = new URL(url);
		return `${u.hostname}:${u.port || 5432}${u.pathname}`;
	} catch {
		return "(an unreadable DATABASE_URL)";
	}
}
function describe(e) {
	return e instanceof Error ? e.message : String(e);
}
// src/server/db/process-identity.ts
function processIdentity(pid = process.pid) {
	return {
		pid,
		boot: bootId(),
		start: procStat(pid)?.start ?? null
	};
}
/** Is the process that wrote this identity still running? */
function isSameLiveProcess(owner) {
	if (!pidIsAlive(owner.pid)) return false;
	const stat = procStat(owner.pid);
	if (stat?.state === "Z") return false;
	const boot = bootId();
	if (owner.boot && boot && owner.boot !== boot) return false;
	if (owner.start && stat && owner.start !== stat.start) return false;
	return true;
}
function pidIsAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === "EPERM";
	}
}
function bootId() {
	try {
		return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
	} catch {
		return null;
	}
}
/** /proc/<pid>/stat: the command name is in parentheses and may hold spaces, so fields are
* counted after the last ')'; the state is field 3 and the start time (clock ticks) field 22. */
function procStat(pid) {
	try {
		const text = readFileSync(`/proc/${pid}/stat`, "utf8");
		const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
		return {
			state: fields[0] ?? "",
			start: fields[19] ?? ""
		};
	} catch {
		return null;
	}
}
// src/server/db/data-dir-lock.ts
var LOCK_FILE = "server.lock";
/** Locks this process hold, so a second start in the same process is refused too (the pid in
* the file is ours, yet it is not a leftover of an earlier life of this pid). */
var held = /* @__PURE__ */ new Set();
/** One server per data folder: two PGlite processes on one folder corrupt it. The lock file
* holds the owner's process id; a lock whose process is gone (SIGKILL, power cut) is taken
* over at once, so a restart just works, while a live owner makes this start fail. */
function lockDataDir(dataDir) {
	mkdirSync(dataDir, {
		recursive: true,
		mode: 448
	});
	try {
		chmodSync(dataDir, 448);
	} catch {}
	const path = join(dataDir, LOCK_FILE);
	if (!tryCreate(path)) takeOver(path);
	held.add(path);
	const onExit = () => release();
	const release = () => {
		if (!held.delete(path)) return;
		process.off("exit", onExit);
		if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
	};
	process.on("exit", onExit);
	return {
		path,
		release
	};
}
function tryCreate(path) {
	try {
		writeLock(path, "wx");
		return true;
	} catch (e) {
		if (e.code === "EEXIST") return false;
		throw e;
	}
}
/** Replace a stale lock. A mkdir guard makes two starters that both found the same stale lock
* take turns, so only one of them can replace it; the other then finds a live owner. */
function takeOver(path) {
	const guard = `${path}.takeover`;
	try {
		mkdirSync(guard);
	} catch {
		if (Date.now() - statSync(guard).mtimeMs < 5e3) refuse(path, readOwner(path));
		rmSync(guard, {
			recursive: true,
			force: true
		});
		mkdirSync(guard);
	}
	try {
		const owner = readOwner(path);
		if (owner && (held.has(path) || isSameLiveProcess(owner))) refuse(path, owner);
		const temp = `${path}.${process.pid}.tmp`;
		writeLock(temp, "w");
		renameSync(temp, path);
	} finally {
		rmSync(guard, {
			recursive: true,
			force: true
		});
	}
}
function refuse(path, owner) {
	throw new StartupError(`Another server (${owner ? `process ${owner.pid}` : "another process"}) is using this data folder (lock file ${path}). Stop it first, or start this one with another DATA_DIR.`);
}
function writeLock(path, flag) {
	const fd = openSync(path, flag, 384);
	try {
		writeSync(fd, `${JSON.stringify(processIdentity())}\n`);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}
/** null for a missing, empty or half-written file (a crash between create and write). */
function readOwner(path) {
	try {
		const owner = JSON.parse(readFileSync(path, "utf8"));
		return Number.isInteger(owner.pid) ? owner : null;
	} catch {
		return null;
	}
}
// src/server/db/database.ts
/** Rows of `db.execute(sql...)`: both drivers answer `{ rows }`, typed loosely by Drizzle. */
function rowsOf(result) {
	return result.rows;
}
// src/server/db/migrations/0000_infrastructure.sql?raw
var _0000_infrastructure_default = "CREATE TABLE \"audit_events\" (\n	\"id\" bigint PRIMARY KEY NOT NULL,\n	\"at\" timestamp with time zone NOT NULL,\n	\"actor_id\" text NOT NULL,\n	\"actor_role\" text NOT NULL,\n	\"action\" text NOT NULL,\n	\"entity\" text NOT NULL,\n	\"entity_id\" text NOT NULL,\n	\"before\" jsonb,\n	\"after\" jsonb,\n	\"request_id\" text NOT NULL,\n	\"prev_hash\" text NOT NULL,\n	\"hash\" text NOT NULL,\n	CONSTRAINT \"audit_events_hash_unique\" UNIQUE(\"hash\")\n);\n--> statement-breakpoint\nCREATE TABLE \"audit_head\" (\n	\"id\" smallint PRIMARY KEY NOT NULL,\n	\"last_id\" bigint NOT NULL,\n	\"last_hash\" text NOT NULL,\n	CONSTRAINT \"audit_head_one_row\" CHECK (\"audit_head\".\"id\" = 1)\n);\n--> statement-breakpoint\nCREATE TABLE \"idempotency_keys\" (\n	\"user_id\" text NOT NULL,\n	\"method\" text NOT NULL,\n	\"path\" text NOT NULL,\n	\"key\" text NOT NULL,\n	\"request_hash\" text NOT NULL,\n	\"status\" integer NOT NULL,\n	\"response\" jsonb,\n	\"created_at\" timestamp with time zone DEFAULT now() NOT NULL,\n	CONSTRAINT \"idempotency_keys_scope\" PRIMARY KEY(\"user_id\",\"method\",\"path\",\"key\")\n);\n--> statement-breakpoint\nCREATE TABLE \"leases\" (\n	\"name\" text PRIMARY KEY NOT NULL,\n	\"holder\" text NOT NULL,\n	\"expires_at\" timestamp with time zone NOT NULL\n);\n--> statement-breakpoint\nCREATE INDEX \"audit_events_entity\" ON \"audit_events\" USING btree (\"entity\",\"entity_id\");--> statement-breakpoint\nCREATE INDEX \"audit_events_at\" ON \"audit_events\" USING btree (\"at\");--> statement-breakpoint\nCREATE INDEX \"idempotency_keys_created_at\" ON \"idempotency_keys\" USING btree (\"created_at\");";
// src/server/db/migrations/0001_audit-append-only.sql?raw
var _0001_audit_append_only_default = "-- The audit trail is append-only in the database itself, not only in the code that writes it:\n-- any UPDATE, DELETE or TRUNCATE fails, whoever sends it (the app role, a console, a bug).\n-- Each statement is separated by a breakpoint: PGlite runs one statement per query.\nCREATE FUNCTION \"audit_events_refuse_change\"() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP\n    USING ERRCODE = 'insufficient_privilege';\nEND;\n$$;\n--> statement-breakpoint\nCREATE TRIGGER \"audit_events_append_only\" BEFORE UPDATE OR DELETE ON \"audit_events\"\n  FOR EACH ROW EXECUTE FUNCTION \"audit_events_refuse_change\"();\n--> statement-breakpoint\nCREATE TRIGGER \"audit_events_no_truncate\" BEFORE TRUNCATE ON \"audit_events\"\n  FOR EACH STATEMENT EXECUTE FUNCTION \"audit_events_refuse_change\"();\n--> statement-breakpoint\n-- The chain's head starts empty: the first entry's prev_hash is 64 zeros (audit-chain.ts).\nINSERT INTO \"audit_head\" (\"id\", \"last_id\", \"last_hash\")\n  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');\n";
// src/server/db/migrations/0002_domain.sql?raw
var _0002_domain_default = "CREATE TABLE \"attendance\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"session_id\" text NOT NULL,\n	\"enrolment_id\" text NOT NULL,\n	\"code\" smallint,\n	\"note\" text DEFAULT '' NOT NULL,\n	\"catch_up_sent\" boolean DEFAULT false NOT NULL,\n	\"updated_at\" timestamp(3) with time zone,\n	\"updated_by\" text,\n	\"version\" integer DEFAULT 1 NOT NULL,\n	CONSTRAINT \"attendance_code\" CHECK (\"attendance\".\"code\" is null or \"attendance\".\"code\" in (0, 2, 3, 4, 5, 6, 7))\n);\n--> statement-breakpoint\nCREATE TABLE \"cohort_facilitators\" (\n	\"cohort_id\" text NOT NULL,\n	\"staff_id\" text NOT NULL,\n	\"position\" smallint NOT NULL,\n	CONSTRAINT \"cohort_facilitators_cohort_id_staff_id_pk\" PRIMARY KEY(\"cohort_id\",\"staff_id\")\n);\n--> statement-breakpoint\nCREATE TABLE \"cohorts\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"name\" text NOT NULL,\n	\"type\" text NOT NULL,\n	\"delivery\" text NOT NULL,\n	\"video_link\" text DEFAULT '' NOT NULL,\n	\"venue\" text DEFAULT '' NOT NULL,\n	\"start_date\" date NOT NULL,\n	\"start_time\" text NOT NULL,\n	\"session_length_minutes\" integer NOT NULL,\n	\"capacity\" integer NOT NULL,\n	\"status\" text NOT NULL,\n	\"cancel_reason\" text,\n	\"version\" integer DEFAULT 1 NOT NULL,\n	CONSTRAINT \"cohorts_capacity\" CHECK (\"cohorts\".\"capacity\" between 1 and 20)\n);\n--> statement-breakpoint\nCREATE TABLE \"course_sessions\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"cohort_id\" text NOT NULL,\n	\"number\" smallint NOT NULL,\n	\"date\" date NOT NULL,\n	\"start_time\" text NOT NULL,\n	\"topic\" text NOT NULL,\n	\"status\" text NOT NULL,\n	\"register_finalised_at\" timestamp(3) with time zone,\n	\"version\" integer DEFAULT 1 NOT NULL,\n	CONSTRAINT \"course_sessions_number_range\" CHECK (\"course_sessions\".\"number\" between 1 and 8)\n);\n--> statement-breakpoint\nCREATE TABLE \"enrolments\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"cohort_id\" text NOT NULL,\n	\"participant_id\" text NOT NULL,\n	\"status\" text NOT NULL,\n	\"joined_on\" date NOT NULL,\n	\"agreement_recorded_at\" timestamp(3) with time zone,\n	\"history\" jsonb NOT NULL,\n	\"version\" integer DEFAULT 1 NOT NULL\n);\n--> statement-breakpoint\nCREATE TABLE \"flag_contacts\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"enrolment_id\" text NOT NULL,\n	\"date\" date NOT NULL,\n	\"by_staff_id\" text NOT NULL,\n	\"note\" text NOT NULL\n);\n--> statement-breakpoint\nCREATE TABLE \"flag_reviews\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"enrolment_id\" text NOT NULL,\n	\"reason\" text NOT NULL,\n	\"at\" timestamp(3) with time zone NOT NULL,\n	\"by_staff_id\" text NOT NULL,\n	\"absences_at_review\" integer NOT NULL\n);\n--> statement-breakpoint\nCREATE TABLE \"offers\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"vacancy_id\" text NOT NULL,\n	\"referral_id\" text NOT NULL,\n	\"created_at\" timestamp(3) with time zone NOT NULL,\n	\"created_by\" text NOT NULL,\n	\"expires_at\" timestamp(3) with time zone NOT NULL,\n	\"status\" text NOT NULL,\n	\"decided_at\" timestamp(3) with time zone,\n	\"version\" integer DEFAULT 1 NOT NULL\n);\n--> statement-breakpoint\nCREATE TABLE \"participants\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"given_name\" text NOT NULL,\n	\"family_name\" text NOT NULL,\n	\"nhs_number\" text NOT NULL,\n	\"date_of_birth\" date NOT NULL,\n	\"borough\" text NOT NULL,\n	\"phone\" text,\n	\"email\" text,\n	CONSTRAINT \"participants_nhs_number\" UNIQUE(\"nhs_number\")\n);\n--> statement-breakpoint\nCREATE TABLE \"referrals\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"participant_id\" text NOT NULL,\n	\"given_name\" text NOT NULL,\n	\"family_name\" text NOT NULL,\n	\"nhs_number\" text NOT NULL,\n	\"borough\" text NOT NULL,\n	\"gp_practice\" text NOT NULL,\n	\"referral_date\" date NOT NULL,\n	\"availability\" jsonb NOT NULL,\n	\"access_needs\" text DEFAULT '' NOT NULL,\n	\"urgent\" boolean DEFAULT false NOT NULL,\n	\"notes\" text DEFAULT '' NOT NULL,\n	\"status\" text NOT NULL,\n	\"version\" integer DEFAULT 1 NOT NULL\n);\n--> statement-breakpoint\nCREATE TABLE \"service_settings\" (\n	\"id\" smallint PRIMARY KEY DEFAULT 1 NOT NULL,\n	\"absence_threshold\" integer NOT NULL,\n	\"late_join_cutoff_session\" integer NOT NULL,\n	\"completion_min_sessions\" integer NOT NULL,\n	\"version\" integer DEFAULT 1 NOT NULL,\n	CONSTRAINT \"service_settings_one_row\" CHECK (\"service_settings\".\"id\" = 1)\n);\n--> statement-breakpoint\nCREATE TABLE \"staff_accounts\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"name\" text NOT NULL,\n	\"email\" text NOT NULL,\n	\"role\" text NOT NULL,\n	\"discipline\" text,\n	\"password_hash\" text,\n	\"active\" boolean DEFAULT true NOT NULL\n);\n--> statement-breakpoint\nCREATE TABLE \"user_sessions\" (\n	\"token_hash\" text PRIMARY KEY NOT NULL,\n	\"staff_id\" text NOT NULL,\n	\"created_at\" timestamp(3) with time zone NOT NULL,\n	\"last_seen_at\" timestamp(3) with time zone NOT NULL,\n	\"ended_at\" timestamp(3) with time zone\n);\n--> statement-breakpoint\nCREATE TABLE \"vacancies\" (\n	\"id\" text PRIMARY KEY NOT NULL,\n	\"cohort_id\" text NOT NULL,\n	\"freed_by_enrolment_id\" text NOT NULL,\n	\"opened_at\" timestamp(3) with time zone NOT NULL,\n	\"status\" text NOT NULL,\n	\"closed_reason\" text,\n	\"version\" integer DEFAULT 1 NOT NULL\n);\n--> statement-breakpoint\nALTER TABLE \"attendance\" ADD CONSTRAINT \"attendance_session_id_course_sessions_id_fk\" FOREIGN KEY (\"session_id\") REFERENCES \"public\".\"course_sessions\"(\"id\") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"attendance\" ADD CONSTRAINT \"attendance_enrolment_id_enrolments_id_fk\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"public\".\"enrolments\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"cohort_facilitators\" ADD CONSTRAINT \"cohort_facilitators_cohort_id_cohorts_id_fk\" FOREIGN KEY (\"cohort_id\") REFERENCES \"public\".\"cohorts\"(\"id\") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"cohort_facilitators\" ADD CONSTRAINT \"cohort_facilitators_staff_id_staff_accounts_id_fk\" FOREIGN KEY (\"staff_id\") REFERENCES \"public\".\"staff_accounts\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"course_sessions\" ADD CONSTRAINT \"course_sessions_cohort_id_cohorts_id_fk\" FOREIGN KEY (\"cohort_id\") REFERENCES \"public\".\"cohorts\"(\"id\") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"enrolments\" ADD CONSTRAINT \"enrolments_cohort_id_cohorts_id_fk\" FOREIGN KEY (\"cohort_id\") REFERENCES \"public\".\"cohorts\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"enrolments\" ADD CONSTRAINT \"enrolments_participant_id_participants_id_fk\" FOREIGN KEY (\"participant_id\") REFERENCES \"public\".\"participants\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"flag_contacts\" ADD CONSTRAINT \"flag_contacts_enrolment_id_enrolments_id_fk\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"public\".\"enrolments\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"flag_reviews\" ADD CONSTRAINT \"flag_reviews_enrolment_id_enrolments_id_fk\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"public\".\"enrolments\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"offers\" ADD CONSTRAINT \"offers_vacancy_id_vacancies_id_fk\" FOREIGN KEY (\"vacancy_id\") REFERENCES \"public\".\"vacancies\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"offers\" ADD CONSTRAINT \"offers_referral_id_referrals_id_fk\" FOREIGN KEY (\"referral_id\") REFERENCES \"public\".\"referrals\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"referrals\" ADD CONSTRAINT \"referrals_participant_id_participants_id_fk\" FOREIGN KEY (\"participant_id\") REFERENCES \"public\".\"participants\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"user_sessions\" ADD CONSTRAINT \"user_sessions_staff_id_staff_accounts_id_fk\" FOREIGN KEY (\"staff_id\") REFERENCES \"public\".\"staff_accounts\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"vacancies\" ADD CONSTRAINT \"vacancies_cohort_id_cohorts_id_fk\" FOREIGN KEY (\"cohort_id\") REFERENCES \"public\".\"cohorts\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nALTER TABLE \"vacancies\" ADD CONSTRAINT \"vacancies_freed_by_enrolment_id_enrolments_id_fk\" FOREIGN KEY (\"freed_by_enrolment_id\") REFERENCES \"public\".\"enrolments\"(\"id\") ON DELETE no action ON UPDATE no action;--> statement-breakpoint\nCREATE UNIQUE INDEX \"attendance_one_mark\" ON \"attendance\" USING btree (\"session_id\",\"enrolment_id\");--> statement-breakpoint\nCREATE UNIQUE INDEX \"course_sessions_number\" ON \"course_sessions\" USING btree (\"cohort_id\",\"number\");--> statement-breakpoint\nCREATE INDEX \"enrolments_cohort\" ON \"enrolments\" USING btree (\"cohort_id\");--> statement-breakpoint\nCREATE INDEX \"enrolments_participant\" ON \"enrolments\" USING btree (\"participant_id\");--> statement-breakpoint\nCREATE UNIQUE INDEX \"offers_one_open_per_vacancy\" ON \"offers\" USING btree (\"vacancy_id\") WHERE \"offers\".\"status\" = 'open';--> statement-breakpoint\nCREATE UNIQUE INDEX \"offers_one_open_per_person\" ON \"offers\" USING btree (\"referral_id\") WHERE \"offers\".\"status\" = 'open';--> statement-breakpoint\nCREATE INDEX \"referrals_waiting_order\" ON \"referrals\" USING btree (\"status\",\"urgent\",\"referral_date\");--> statement-breakpoint\nCREATE UNIQUE INDEX \"referrals_one_entry_per_nhs_number\" ON \"referrals\" USING btree (\"nhs_number\") WHERE \"referrals\".\"status\" in ('waiting', 'offered');--> statement-breakpoint\nCREATE UNIQUE INDEX \"staff_accounts_email\" ON \"staff_accounts\" USING btree (lower(\"email\"));--> statement-breakpoint\nCREATE INDEX \"user_sessions_staff\" ON \"user_sessions\" USING btree (\"staff_id\");";
// src/server/db/migrations/0003_places.sql?raw
var _0003_places_default = "-- Rules about places that concurrency could break, kept by the database whatever the code\n-- does: no cohort holds more places than its capacity, a capacity is never lowered below the\n-- places already held, and nobody holds two current places. The domain commands check the same\n-- first and say why in words; these raise P0001 with a message the server maps to the same\n-- refusal (src/server/routes/write-context.ts). A place is held by an enrolment that is\n-- offered, confirmed, active or completed (src/domain/enrolment.ts PLACE_HOLDING).\n--\n-- The triggers run AFTER each row, so they see the whole statement's rows (a transfer leaves\n-- one cohort and joins another in one upsert). They lock the parent row with FOR NO KEY UPDATE,\n-- not FOR UPDATE: the foreign key's own check already holds FOR KEY SHARE on it, which FOR\n-- UPDATE would wait on, so two concurrent enrolments into one cohort would deadlock. NO KEY\n-- UPDATE still queues them one after another, and each count, a new statement, sees what the\n-- one before committed. Each statement is separated by a breakpoint: PGlite runs one per query.\nCREATE FUNCTION \"enrolments_within_capacity\"() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE\n  places integer;\n  held integer;\nBEGIN\n  IF NEW.status NOT IN ('offered', 'confirmed', 'active', 'completed') THEN\n    RETURN NULL;\n  END IF;\n  IF TG_OP = 'UPDATE' AND OLD.cohort_id = NEW.cohort_id\n    AND OLD.status IN ('offered', 'confirmed', 'active', 'completed') THEN\n    RETURN NULL;\n  END IF;\n  SELECT capacity INTO places FROM \"cohorts\" WHERE id = NEW.cohort_id FOR NO KEY UPDATE;\n  SELECT count(*) INTO held FROM \"enrolments\"\n    WHERE cohort_id = NEW.cohort_id AND status IN ('offered', 'confirmed', 'active', 'completed');\n  IF held > places THEN\n    RAISE EXCEPTION 'cohort_full' USING ERRCODE = 'P0001';\n  END IF;\n  RETURN NULL;\nEND;\n$$;\n--> statement-breakpoint\nCREATE TRIGGER \"enrolments_within_capacity\" AFTER INSERT OR UPDATE OF status, cohort_id\n  ON \"enrolments\" FOR EACH ROW EXECUTE FUNCTION \"enrolments_within_capacity\"();\n--> statement-breakpoint\n-- The message carries the count, so the refusal can say it as the domain does.\nCREATE FUNCTION \"cohorts_capacity_covers_places\"() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE\n  held integer;\nBEGIN\n  SELECT count(*) INTO held FROM \"enrolments\"\n    WHERE cohort_id = NEW.id AND status IN ('offered', 'confirmed', 'active', 'completed');\n  IF held > NEW.capacity THEN\n    RAISE EXCEPTION 'capacity_below_places %', held USING ERRCODE = 'P0001';\n  END IF;\n  RETURN NULL;\nEND;\n$$;\n--> statement-breakpoint\nCREATE TRIGGER \"cohorts_capacity_covers_places\" AFTER UPDATE OF capacity ON \"cohorts\"\n  FOR EACH ROW WHEN (NEW.capacity < OLD.capacity)\n  EXECUTE FUNCTION \"cohorts_capacity_covers_places\"();\n--> statement-breakpoint\n-- One current place per person (DOMAIN.md), as src/domain/commands/places.ts `currentPlace`\n-- says it: another place-holding enrolment in the same cohort, or in one still planned or\n-- running, where a cohort's status follows its dates (src/domain/lifecycle.ts): cancelled\n-- stays cancelled; with scheduled sessions it is over after the last one (London's date);\n-- without any, its stored status stands. A place in a cancelled or finished cohort does not\n-- stop a new one, which is why this is a trigger and not a unique index.\nCREATE FUNCTION \"cohort_is_open\"(cohort text, today date) RETURNS boolean\n  LANGUAGE sql STABLE AS $$\n  SELECT c.status <> 'cancelled' AND CASE\n      WHEN last.day IS NULL THEN c.status IN ('planned', 'running')\n      ELSE last.day >= today\n    END\n  FROM \"cohorts\" c,\n    LATERAL (SELECT max(s.date) AS day FROM \"course_sessions\" s\n      WHERE s.cohort_id = c.id AND s.status = 'scheduled') last\n  WHERE c.id = cohort\n$$;\n--> statement-breakpoint\nCREATE FUNCTION \"enrolments_one_place_per_person\"() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE\n  today date := (now() AT TIME ZONE 'Europe/London')::date;\nBEGIN\n  IF NEW.status NOT IN ('offered', 'confirmed', 'active', 'completed') THEN\n    RETURN NULL;\n  END IF;\n  IF TG_OP = 'UPDATE' AND OLD.cohort_id = NEW.cohort_id\n    AND OLD.status IN ('offered', 'confirmed', 'active', 'completed') THEN\n    RETURN NULL;\n  END IF;\n  PERFORM 1 FROM \"participants\" WHERE id = NEW.participant_id FOR NO KEY UPDATE;\n  IF EXISTS (\n    SELECT 1 FROM \"enrolments\" e\n    WHERE e.participant_id = NEW.participant_id AND e.id <> NEW.id\n      AND e.status IN ('offered', 'confirmed', 'active', 'completed')\n      AND (e.cohort_id = NEW.cohort_id OR \"cohort_is_open\"(e.cohort_id, today))\n  ) THEN\n    RAISE EXCEPTION 'already_enrolled' USING ERRCODE = 'P0001';\n  END IF;\n  RETURN NULL;\nEND;\n$$;\n--> statement-breakpoint\nCREATE TRIGGER \"enrolments_one_place_per_person\" AFTER INSERT OR UPDATE OF status, cohort_id\n  ON \"enrolments\" FOR EACH ROW EXECUTE FUNCTION \"enrolments_one_place_per_person\"();\n--> statement-breakpoint\n-- The service's settings exist from the start (DOMAIN.md defaults), seeded or not.\nINSERT INTO \"service_settings\"\n  (\"id\", \"absence_threshold\", \"late_join_cutoff_session\", \"completion_min_sessions\", \"version\")\n  VALUES (1, 2, 3, 6, 1);\n";
// src/server/db/migrations/0004_lists-by-need.sql?raw
var _0004_lists_by_need_default = "CREATE INDEX \"referrals_open_priority\" ON \"referrals\" USING btree (\"urgent\" DESC NULLS FIRST,\"referral_date\",\"id\" collate \"C\") WHERE \"referrals\".\"status\" in ('waiting', 'offered');--> statement-breakpoint\nCREATE INDEX \"referrals_participant\" ON \"referrals\" USING btree (\"participant_id\");--> statement-breakpoint\nCREATE INDEX \"referrals_nhs_number\" ON \"referrals\" USING btree (\"nhs_number\");";
// src/server/db/migrations/0005_data-version.sql?raw
var _0005_data_version_default = "CREATE TABLE \"data_version\" (\n	\"id\" smallint PRIMARY KEY DEFAULT 1 NOT NULL,\n	\"database_id\" text NOT NULL,\n	\"version\" bigint DEFAULT 0 NOT NULL,\n	CONSTRAINT \"data_version_one_row\" CHECK (\"data_version\".\"id\" = 1)\n);\n";
// src/server/db/migrations/0006_data-version-triggers.sql?raw
var _0006_data_version_triggers_default = "-- Every transaction that changes a record the domain reads raises data_version.version once\n-- per statement, whoever makes the change (a command, the demo reset, a seed, an operator in\n-- psql), so a server that kept the records it last read can tell they are still current\n-- (src/server/db/snapshot-cache.ts). Staff accounts are left out: the server reads them afresh.\nINSERT INTO \"data_version\" (\"id\", \"database_id\", \"version\")\n  VALUES (1, md5(random()::text || clock_timestamp()::text), 0);\n--> statement-breakpoint\nCREATE FUNCTION \"data_version_bump\"() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  UPDATE \"data_version\" SET \"version\" = \"version\" + 1 WHERE \"id\" = 1;\n  RETURN NULL;\nEND;\n$$;\n--> statement-breakpoint\nCREATE TRIGGER \"cohorts_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"cohorts\"\n  FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"cohort_facilitators_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"cohort_facilitators\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"course_sessions_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"course_sessions\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"participants_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"participants\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"enrolments_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"enrolments\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"attendance_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"attendance\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"referrals_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"referrals\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"vacancies_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"vacancies\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"offers_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"offers\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"flag_reviews_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"flag_reviews\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"flag_contacts_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"flag_contacts\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n--> statement-breakpoint\nCREATE TRIGGER \"service_settings_data_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE\n  ON \"service_settings\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_version_bump\"();\n";
// src/server/db/migrations/0007_sso-identity.sql?raw
var _0007_sso_identity_default = "ALTER TABLE \"staff_accounts\" ADD COLUMN \"oidc_issuer\" text;--> statement-breakpoint\nALTER TABLE \"staff_accounts\" ADD COLUMN \"oidc_subject\" text;--> statement-breakpoint\nCREATE UNIQUE INDEX \"staff_accounts_oidc_identity\" ON \"staff_accounts\" USING btree (\"oidc_issuer\",\"oidc_subject\");--> statement-breakpoint\nALTER TABLE \"staff_accounts\" ADD CONSTRAINT \"staff_accounts_oidc_both_or_neither\" CHECK ((\"staff_accounts\".\"oidc_issuer\" is null) = (\"staff_accounts\".\"oidc_subject\" is null));";
var _journal_default = {
	version: "7",
	dialect: "postgresql",
	entries: [
		{
			"idx": 0,
			"version": "7",
			"when": 1795854019820,
			"tag": "0000_infrastructure",
			"breakpoints": true
		},
		{
			"idx": 1,
			"version": "7",
			"when": 1795854021578,
			"tag": "0001_audit-append-only",
			"breakpoints": true
		},
		{
			"idx": 2,
			"version": "7",
			"when": 1795855916131,
			"tag": "0002_domain",
			"breakpoints": true
		},
		{
			"idx": 3,
			"version": "7",
			"when": 1795855933282,
			"tag": "0003_places",
			"breakpoints": true
		},
		{
			"idx": 4,
			"version": "7",
			"when": 1795861744032,
			"tag": "0004_lists-by-need",
			"breakpoints": true
		},
		{
			"idx": 5,
			"version": "7",
			"when": 1795863060453,
			"tag": "0005_data-version",
			"breakpoints": true
		},
		{
			"idx": 6,
			"version": "7",
			"when": 1795863062220,
			"tag": "0006_data-version-triggers",
			"breakpoints": true
		},
		{
			"idx": 7,
			"version": "7",
			"when": 1795864386598,
			"tag": "0007_sso-identity",
			"breakpoints": true
		}
	]
};
// src/server/db/migration-files.ts
var files = /* #__PURE__ */ Object.assign({
	"./migrations/0000_infrastructure.sql": _0000_infrastructure_default,
	"./migrations/0001_audit-append-only.sql": _0001_audit_append_only_default,
	"./migrations/0002_domain.sql": _0002_domain_default,
	"./migrations/0003_places.sql": _0003_places_default,
	"./migrations/0004_lists-by-need.sql": _0004_lists_by_need_default,
	"./migrations/0005_data-version.sql": _0005_data_version_default,
	"./migrations/0006_data-version-triggers.sql": _0006_data_version_triggers_default,
	"./migrations/0007_sso-identity.sql": _0007_sso_identity_default
});
var MIGRATIONS = _journal_default.entries.map((entry) => {
	const text = files[`./migrations/${entry.tag}.sql`];
	if (text === void 0) throw new Error(`Migration ${entry.tag}.sql is in the journal but missing`);
	return {
		tag: entry.tag,
		when: entry.when,
		hash: createHash("sha256").update(text).digest("hex"),
		statements: text.split("--> statement-breakpoint").filter((s) => s.trim() !== "")
	};
});
// src/server/db/migrate.ts
var TABLE = sql`"drizzle"."__drizzle_migrations"`;
async function migrationStatus(db) {
	if (!rowsOf(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`))[0]?.t) return {
		applied: 0,
		pending: [...MIGRATIONS],
		newer: 0
	};
	let rows;
	try {
		rows = rowsOf(await db.execute(sql`select created_at from ${TABLE}`));
	} catch (e) {
		throw new StartupError(`The server's database role cannot read the migrations table (${e.message}). Run \`npm run db:migrate\` as the owner role: it grants the app role what it needs.`);
	}
	const times = rows.map((r) => Number(r.created_at));
	const last = Math.max(0, ...times);
	const latestKnown = Math.max(0, ...MIGRATIONS.map((m) => m.when));
	return {
		applied: rows.length,
		pending: MIGRATIONS.filter((m) => m.when > last),
		newer: times.filter((t) => t > latestKnown).length
	};
}
/** Applies what is pending, all or nothing, under an advisory lock so two instances (or a
* server and `db:migrate`) starting together run them once. `fresh` is true when the database
* had no migrations before: the only time `seed` runs, in the same transaction, so a failed
* seed leaves the database new (and seeded at the next start) and data is never seeded over. */
async function applyMigrations(db, seed) {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cohort-register:migrations'))`);
		await tx.execute(sql`create schema if not exists "drizzle"`);
		await tx.execute(sql`create table if not exists ${TABLE} (id serial primary key, hash text not null, created_at bigint)`);
		const status = await migrationStatus(tx);
		refuseNewer(status);
		for (const migration of status.pending) {
			for (const statement of migration.statements) await tx.execute(sql.raw(statement));
			await tx.execute(sql`insert into ${TABLE} (hash, created_at) values (${migration.hash}, ${migration.when})`);
		}
		const fresh = status.applied === 0;
		if (fresh && seed) await seed(tx);
		return {
			applied: status.pending.map((m) => m.tag),
			fresh
		};
	});
}
/** On PostgreSQL the server runs as a role that may not change the schema: it only checks. */
async function refuseUnlessMigrated(db) {
	const status = await migrationStatus(db);
	refuseNewer(status);
	if (status.pending.length > 0) throw new StartupError(`${status.pending.length} database migration(s) pending (${status.pending.map((m) => m.tag).join(", ")}). Run \`npm run db:migrate\` with DATABASE_OWNER_URL (the owner role), then start the server.`);
}
function refuseNewer(status) {
	if (status.newer > 0) throw new StartupError(`The database was migrated by a newer version of this app (${status.newer} migration(s) this version does not know). Run that version, or restore a backup. Nothing was changed.`);
}
// src/server/db/seed-if-empty.ts
/** SEED=demo on PostgreSQL, where the owner has migrated and the server cannot tell a first
* start from the migrations: it seeds only a database that holds nothing yet (no account,
* person, cohort or audit entry), never over data. Under an advisory lock, so two instances
* starting together seed once; in one transaction, so a failed seed leaves it empty. */
async function seedIfEmpty(db, seed) {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cohort-register:seed'))`);
		const [row] = rowsOf(await tx.execute(sql`select not (
        exists (select 1 from "staff_accounts") or exists (select 1 from "participants")
        or exists (select 1 from "cohorts") or exists (select 1 from "audit_events")
      ) as empty`));
		if (!row?.empty) return false;
		await seed(tx);
		return true;
	});
}
// src/server/http/request-guards.ts
var KNOWN_METHODS = /* @__PURE__ */ new Set([
	"GET",
	"HEAD",
	"POST",
	"PUT",
	"PATCH",
	"DELETE",
	"OPTIONS"
]);
var MAX_BODY_BYTES = 1e6;
/** `%ZZ`, a cut UTF-8 sequence or an encoded NUL: no route could mean it, so 400, before a
* router or the static files try to decode it. */
var wellFormedPath = createMiddleware(async (c, next) => {
	const raw = rawPath(c.req.url);
	let decoded;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		throw PROBLEMS.badPath();
	}
	if (decoded.includes("\0")) throw PROBLEMS.badPath();
	await next();
});
function rawPath(url) {
	const afterScheme = url.indexOf("//") + 2;
	const start = url.indexOf("/", afterScheme);
	if (start < 0) return "/";
	const end = url.slice(start).search(/[?#]/);
	return end < 0 ? url.slice(start) : url.slice(start, start + end);
}
/** Only the server's own names: a page on another domain that points its name at this
* machine (DNS rebinding) sends that domain as the Host and is refused. */
function knownHost(hostNames) {
	const allowed = new Set(hostNames.map((name) => name.toLowerCase()));
	return createMiddleware(async (c, next) => {
		const host = c.req.header("host");
		if (!host || !allowed.has(hostNameOf(host) ?? "")) throw PROBLEMS.badHost();
		await next();
	});
}
function hostNameOf(host) {
	try {
		const url = new URL(`http://${host}`);
		if (url.username || url.password || url.pathname !== "/" || url.search) return null;
		return url.hostname;
	} catch {
		return null;
	}
}
/** TRACE, PROPFIND and the like, before any route or file is looked at: 405 with the methods
* the path does answer (`allowedAt`), or 404 where nothing answers at all. */
function knownMethod(allowedAt) {
	return createMiddleware(async (c, next) => {
		if (!KNOWN_METHODS.has(c.req.method)) {
			const allowed = allowedAt(c.req.path);
			if (allowed.length === 0) throw PROBLEMS.notFound();
			c.header("Allow", allowed.join(", "));
			throw PROBLEMS.methodNotAllowed();
		}
		await next();
	});
}
/** A cross-site form can POST without a preflight, and the session cookie goes with it on a
* same-site one: a write that says it comes from another origin than the app's (or this
* server's own), or that the browser marks as cross-site (Sec-Fetch-Site), is refused before
* any handler runs. */
function sameOriginWrites(appOrigin) {
	return createMiddleware(async (c, next) => {
		const origin = c.req.header("origin");
		const reads = c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS";
		if (!reads && origin && origin !== appOrigin && origin !== new URL(c.req.url).origin) throw PROBLEMS.crossOrigin();
		if (!reads && c.req.header("sec-fetch-site") === "cross-site" && origin !== appOrigin) throw PROBLEMS.crossOrigin();
		await next();
	});
}
/** The API reads JSON only: a body of any other type is 415 (a form post, a file). */
var jsonBodies = createMiddleware(async (c, next) => {
	const length = c.req.header("content-length");
	const hasBody = c.req.header("transfer-encoding") !== void 0 || length !== void 0 && length !== "0";
	const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
	if (hasBody && type !== "application/json") throw PROBLEMS.notJson();
	await next();
});
/** Bodies over 1 MB are 413, decided before a handler runs. A body within a declared
* Content-Length of 1 MB is left to the handler (Node holds it to that length). Any other is
* read here: up to 1 MB is kept for the handler, the rest read on and dropped, because a
* client still sending when the server answers early never sees the 413 but a reset
* connection, and an unread megabyte breaks the next request on a kept-alive connection. Past
* 16 MB the server answers at once and closes the connection. */
var limitedBodies = createMiddleware(async (c, next) => {
	const body = c.req.raw.body;
	if (!body) return next();
	const declared = c.req.header("transfer-encoding") !== void 0 ? NaN : Number(c.req.header("content-length") ?? NaN);
	if (declared <= 1e6) return next();
	if (declared > DISCARD_BYTES) {
		c.header("Connection", "close");
		throw PROBLEMS.tooLarge();
	}
	const reader = body.getReader();
	const kept = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size <= 1e6) kept.push(value);
		else if (size > DISCARD_BYTES) break;
	}
	if (size > DISCARD_BYTES) c.header("Connection", "close");
	if (size > 1e6) throw PROBLEMS.tooLarge();
	c.req.raw = new Request(c.req.raw, { body: Buffer.concat(kept) });
	await next();
});
var DISCARD_BYTES = 16 * MAX_BODY_BYTES;
// src/server/http/request-log.ts
var INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Outermost middleware: gives the request an id (answered in X-Request-Id), a child logger
* carrying it, and logs one line when the answer is ready: method, route pattern (not the
* URL), status and milliseconds. */
function requestLog(log) {
	return createMiddleware(async (c, next) => {
		const started = performance.now();
		const incoming = c.req.header("x-request-id");
		const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
		c.set("requestId", requestId);
		c.set("log", log.child({ requestId }));
		await next();
		c.header("X-Request-Id", requestId);
		const route = safeRoutePath(c);
		const line = {
			requestId,
			method: c.req.method,
			route,
			status: c.res.status,
			ms: Math.round((performance.now() - started) * 10) / 10
		};
		if (c.res.status >= 500) log.error(line, "request failed");
		else log.info(line, "request");
	});
}
function safeRoutePath(c) {
	try {
		return routePath(c);
	} catch {
		return "(none)";
	}
}
// src/api/content-security-policy.ts
/** Content-Security-Policy for the built app (issue 8): no inline script, no plugins, no
* framing, no <base>. Mantine sets style attributes, hence 'unsafe-inline' for styles only.
* One module for `vite preview` (vite.config.ts) and the real server (src/server/http), so the
* two can never drift; it imports nothing, because both a Node and a browser-typed config
* compile it. `apiBaseUrl` adds a cross-origin API to connect-src; a relative one adds nothing. */
function contentSecurityPolicy(apiBaseUrl) {
	return [
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src 'self'${apiBaseUrl && /^https?:/.test(apiBaseUrl) ? ` ${new URL(apiBaseUrl).origin}` : ""}`,
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"frame-ancestors 'none'",
		"form-action 'self'"
	].join("; ");
}
// src/server/http/security-headers.ts
var CSP = contentSecurityPolicy();
/** On every answer, app or API, success or error: the app's CSP (which also forbids framing
* with frame-ancestors), no MIME sniffing, no Referer leaving the page (URLs hold ids). API
* answers and errors are never stored by a browser or a proxy. */
var securityHeaders = createMiddleware(async (c, next) => {
	await next();
	const headers = c.res.headers;
	headers.set("Content-Security-Policy", CSP);
	headers.set("X-Content-Type-Options", "nosniff");
	headers.set("Referrer-Policy", "no-referrer");
	headers.set("Cross-Origin-Opener-Policy", "same-origin");
	headers.set("Cross-Origin-Resource-Policy", "same-origin");
	if (isApi(c.req.path) || c.res.status >= 400) headers.set("Cache-Control", "no-store");
});
function isApi(path) {
	return path === "/api" || path.startsWith("/api/");
}
// src/server/http/static-app.ts
/** Serves the built app (`dist/`) from this origin, so the app and the API share the CSP, the
* cookies and the origin. Hashed files under /assets/ are cached for a year; everything else
* (index.html above all) is revalidated, so a new release is picked up at the next load. A
* path without a file extension is a client route (`/cohorts/abc`): it gets index.html and
* the router in the page takes over. Returns false when there is no build to serve. */
function serveBuiltApp(app, root) {
	if (!existsSync(join(root, "index.html"))) return false;
	const cacheHeaders = (path, c) => {
		const hashed = path.startsWith(join(root, "assets"));
		c.header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
	};
	app.get("*", compress(), serveStatic({
		root,
		onFound: cacheHeaders
	}));
	app.get("*", async (c, next) => {
		if ((c.req.path.split("/").pop() ?? "").includes(".")) return next();
		return serveStatic({
			root,
			path: "index.html",
			onFound: cacheHeaders
		})(c, next);
	});
	return true;
}
// src/server/http/app.ts
var API_HEADERS = [
	"Authorization",
	"Content-Type",
	"If-Match",
	"Idempotency-Key",
	"Accept"
];
/** The built app's pages and files are read-only. */
var APP_METHODS = ["GET", "HEAD"];
/** The order methods are listed in an Allow header. */
var METHOD_ORDER = [
	"GET",
	"HEAD",
	"POST",
	"PUT",
	"PATCH",
	"DELETE"
];
/** The HTTP server: guards, headers and logging around the API and the built app. Order
* matters: the log and the headers wrap everything (errors included); malformed requests
* stop before routing; the API's own guards run only under /api. */
function createApp(options) {
	const { db, log } = options;
	const app = new Hono();
	const api = options.api ?? new Hono();
	const methodsAt = apiMethods(api);
	const allowedAt = (path) => path === "/api" || path.startsWith("/api/") ? methodsAt(path.slice(4)) : APP_METHODS;
	app.use(requestLog(log), securityHeaders, wellFormedPath, knownHost(options.hostNames), knownMethod(allowedAt));
	app.use("/api/*", cors({
		origin: options.appOrigin,
		credentials: true,
		allowHeaders: API_HEADERS,
		allowMethods: [
			"GET",
			"POST",
			"PUT",
			"PATCH",
			"DELETE"
		],
		maxAge: 600
	}));
	app.use("/api/*", sameOriginWrites(options.appOrigin), jsonBodies, limitedBodies);
	app.use(async (c, next) => {
		c.set("db", db);
		await next();
	});
	app.route("/api", api);
	app.all("/api/*", (c) => {
		const allowed = methodsAt(c.req.path.slice(4));
		if (allowed.length === 0) throw PROBLEMS.notFound();
		c.header("Allow", allowed.join(", "));
		throw PROBLEMS.methodNotAllowed();
	});
	if (options.staticDir && !serveBuiltApp(app, options.staticDir)) log.warn({ staticDir: options.staticDir }, "no built app to serve (run npm run build)");
	app.all("*", (c) => {
		if (APP_METHODS.includes(c.req.method)) throw PROBLEMS.notFound();
		c.header("Allow", APP_METHODS.join(", "));
		throw PROBLEMS.methodNotAllowed();
	});
	app.onError((error, c) => {
		const answer = clientErrorAnswer(error);
		if (answer) return sendAnswer(c, answer);
		c.var.log?.error({ err: errorForLog(error) }, "unhandled error");
		return sendAnswer(c, SERVER_ERROR);
	});
	return app;
}
/** The methods the API answers at a path, for 405 + Allow instead of 404 on a wrong method
* (HEAD wherever GET is: Hono answers it). Built on first use, once every route module has
* been mounted. */
function apiMethods(api) {
	let router = null;
	return (path) => {
		if (!router) {
			router = new PatternRouter();
			for (const route of api.routes) if (route.method !== "ALL") router.add("ALL", route.path, route.method);
		}
		const [matches] = router.match("GET", path);
		const methods = new Set(matches.map(([method]) => method));
		if (methods.has("GET")) methods.add("HEAD");
		return METHOD_ORDER.filter((method) => methods.has(method));
	};
}
// src/server/leases.ts
/** Takes (or renews) the named lease for `ttlMs` if it is free, expired or already ours, in
* one statement, so of several instances asking at once exactly one gets it. Work that only
* one instance should do (a purge, a reminder run) asks first and skips when refused; a holder
* that dies simply lets the lease expire. Times are the database's, shared by all instances. */
async function tryAcquireLease(db, name, holder, ttlMs) {
	const expiresAt = sql`now() + ${`${Math.ceil(ttlMs)} milliseconds`}::interval`;
	return (await db.insert(leases).values({
		name,
		holder,
		expiresAt
	}).onConflictDoUpdate({
		target: leases.name,
		set: {
			holder,
			expiresAt
		},
		setWhere: sql`${leases.expiresAt} <= now() or ${leases.holder} = ${holder}`
	}).returning({ name: leases.name })).length === 1;
}
// src/server/start.ts
/** config -> lock -> open -> migrate (embedded) or check migrations (PostgreSQL) -> app ->
* listen. Whatever was taken is given back if a later step fails. */
async function startServer(options) {
	const { log } = options;
	const config = readConfig(options.env);
	const undo = [];
	const rollback = async () => {
		for (const step of undo.reverse()) await (async () => step())().catch(() => void 0);
	};
	try {
		let database;
		if (config.databaseUrl) {
			database = await openPostgres(config.databaseUrl);
			undo.push(() => database.close());
			await refuseUnlessMigrated(database.db);
			if (config.seed === "demo" && options.seed && await seedIfEmpty(database.db, options.seed)) log.info({ seeded: true }, "seeded the empty database with the demo");
		} else {
			const lock = lockDataDir(config.dataDir);
			undo.push(() => lock.release());
			database = await openEmbedded(config.dataDir);
			undo.push(() => database.close());
			const seed = config.seed === "demo" ? options.seed : void 0;
			const { applied, fresh } = await applyMigrations(database.db, seed);
			if (applied.length) log.info({
				migrations: applied,
				seeded: fresh && !!seed
			}, "migrated");
		}
		const server = await listen(createApp({
			db: database.db,
			log,
			hostNames: allowedHostNames(config),
			appOrigin: config.appOrigin,
			...options.staticDir ? { staticDir: options.staticDir } : {},
			...options.api ? { api: options.api(config) } : {}
		}), config);
		undo.push(() => closeServer(server));
		const port = server.address().port;
		undo.push(purgeHourly(database.db, log));
		let closing = null;
		return {
			url: `http://${urlHost(config.host)}:${port}`,
			config,
			database,
			close: () => closing ??= rollback()
		};
	} catch (error) {
		await rollback();
		throw error;
	}
}
function listen(app, config) {
	return new Promise((resolve, reject) => {
		const server = serve({
			fetch: app.fetch,
			port: config.port,
			hostname: config.host
		});
		server.once("listening", () => resolve(server));
		server.once("error", (e) => reject(e.code === "EADDRINUSE" ? new StartupError(`Port ${config.port} on ${config.host} is in use: set PORT to another.`) : e));
	});
}
function closeServer(server) {
	return new Promise((resolve) => {
		server.close(() => resolve());
		if ("closeIdleConnections" in server) server.closeIdleConnections();
	});
}
/** Expired idempotency keys are deleted hourly by whichever instance holds the lease. */
function purgeHourly(db, log) {
	const holder = `${hostname()}:${process.pid}`;
	const purge = async () => {
		try {
			if (await tryAcquireLease(db, "purge-idempotency-keys", holder, 33e5)) log.info({ purged: await purgeExpiredIdempotencyKeys(db) }, "expired idempotency keys");
		} catch (error) {
			log.warn({ err: { type: error.name } }, "idempotency purge failed");
		}
	};
	const timer = setInterval(purge, 36e5);
	timer.unref();
	return () => clearInterval(timer);
}
// src/server/main.ts
/** SEED=demo only (never in production): who a new user can sign in as. */
function printDemoAccounts() {
	console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
	for (const s of SEED_STAFF) console.log(`  ${s.email.padEnd(26)} ${s.name}, ${s.role}`);
}
var log = createLogger();
try {
	const server = await startServer({
		env: process.env,
		log,
		staticDir: resolve(process.env.STATIC_DIR ?? "dist-app"),
		api: createApi,
		seed: seedDemo
	});
	const where = server.config.databaseUrl ? "PostgreSQL" : `embedded database in ${server.config.dataDir}`;
	console.log(`Cohort register: ${server.url} (${where})`);
	if (server.config.seed === "demo") printDemoAccounts();
	let stopping = false;
	const stop = (signal) => {
		if (stopping) process.exit(1);
		stopping = true;
		log.info({ signal }, "closing");
		setTimeout(() => process.exit(1), 1e4).unref();
		server.close().then(() => process.exit(0), () => process.exit(1));
	};
	process.on("SIGINT", () => stop("SIGINT"));
	process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
	if (error instanceof StartupError) console.error(`Cohort register cannot start: ${error.message}`);
	else console.error("Cohort register cannot start:", error);
	process.exit(1);
}
export {};
