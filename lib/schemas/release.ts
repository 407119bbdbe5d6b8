import { z } from "@/lib/schemas/messages";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "@/lib/content/slug";

// What a request no form could have sent is told: hidden fields, ids, versions.
export const NOT_UNDERSTOOD = "That request was not understood.";

export const RELEASE_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "WITHDRAWN"] as const;
export type ReleaseStatusName = (typeof RELEASE_STATUSES)[number];

export const MAX_TITLE = 300;
export const MAX_SUMMARY = 1000;
export const MAX_QUESTION = 5000;
export const MAX_BODY_BYTES = 500_000;
// No record id (cuid) comes near this; a longer one names no record.
export const MAX_ID_LENGTH = 100;

const optionalDate = z
  .union([z.string(), z.date(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return null;
    const date = value instanceof Date ? value : new Date(value);
    // "2026-02-30" would silently become 2 March: a day the month lacks is refused.
    const day = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    if (day && new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDate() !== Number(day[3])) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date and time" });
      return z.NEVER;
    }
    // Out-of-range years are no real schedule and no database stores them alike.
    if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date and time" });
      return z.NEVER;
    }
    return date;
  });

// The content of a release as the editor sends it.
export const releaseContentSchema = z.object({
  title: z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(MAX_TITLE, `Title must be at most ${MAX_TITLE} characters`),
  slug: z
    .string()
    .trim()
    .max(MAX_SLUG_LENGTH, `Address must be at most ${MAX_SLUG_LENGTH} characters`)
    .refine((v) => v === "" || SLUG_PATTERN.test(v), "Use lower-case letters, digits and single hyphens")
    .default(""),
  // Bounded: a far longer id would not fit in the release's indexes on
  // PostgreSQL (a B-tree entry holds at most 2,704 bytes) and fail the write unexplained.
  categoryId: z.string({ error: "Choose a category" }).min(1, "Choose a category").max(MAX_ID_LENGTH, "Choose a category"),
  authorId: z.string({ error: "Choose an author" }).min(1, "Choose an author").max(MAX_ID_LENGTH, "Choose an author"),
  summary: z.string().trim().max(MAX_SUMMARY, `Summary must be at most ${MAX_SUMMARY} characters`).default(""),
  body: z
    .string()
    .default("")
    // Length first: a string longer than the limit in characters is too big in bytes, without encoding it.
    .refine((v) => v.length <= MAX_BODY_BYTES && new TextEncoder().encode(v).length <= MAX_BODY_BYTES, "The body is larger than 500 kB"),
  question: z.string().trim().max(MAX_QUESTION, `Question must be at most ${MAX_QUESTION} characters`).default(""),
  featured: z.boolean().default(false),
  publishAt: optionalDate,
  // An editor ticks this to change the address of a published release.
  changeSlug: z.boolean().default(false),
});
export type ReleaseContent = z.input<typeof releaseContentSchema>;

// A release's version as the editor last read it: a whole number the
// database's integer column can hold (PostgreSQL's is 32-bit).
export const versionSchema = z.coerce
  .number({ error: NOT_UNDERSTOOD })
  .int(NOT_UNDERSTOOD)
  .min(1, NOT_UNDERSTOOD)
  .max(2_147_483_647, NOT_UNDERSTOOD);

export const withdrawSchema = z.object({
  reason: z.string({ error: "Explain the withdrawal" }).trim().min(10, "Explain the withdrawal to readers (at least 10 characters)").max(2000, "At most 2000 characters"),
});

export const correctionSchema = z.object({
  note: z.string({ error: "Describe the correction" }).trim().min(3, "Describe the correction for readers").max(2000, "At most 2000 characters"),
});

export const releaseListSchema = z.object({
  status: z.enum(RELEASE_STATUSES).optional().catch(undefined),
  category: z.string().max(MAX_ID_LENGTH).optional().catch(undefined),
  author: z.string().max(MAX_ID_LENGTH).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(["updated", "published"]).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ReleaseListQuery = z.input<typeof releaseListSchema>;

// The id of a release or revision as a client sends it.
export const recordIdSchema = z.string({ error: NOT_UNDERSTOOD }).min(1, NOT_UNDERSTOOD).max(MAX_ID_LENGTH, NOT_UNDERSTOOD);

// What the editor's workflow buttons send; the content of a correction is
// checked by releaseContentSchema in the data layer.
export const workflowRequestSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.enum(["submit", "publish", "unpublish"]) }),
    z.object({ kind: z.literal("withdraw"), reason: z.string().max(5000) }),
    z.object({ kind: z.literal("schedule"), local: z.string().max(40), zone: z.string().max(100) }),
    z.object({ kind: z.literal("correct"), note: z.string().max(5000), content: z.record(z.string(), z.unknown()) }),
  ],
  { error: NOT_UNDERSTOOD },
);

// The history page's "Restore this version" form.
export const restoreRequestSchema = z.object(
  { releaseId: recordIdSchema, revisionId: recordIdSchema, version: versionSchema },
  { error: NOT_UNDERSTOOD },
);
