import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/auth/permissions";
import type { RoleName } from "@/lib/schemas/user";

export function unique(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

export const TEST_PASSWORD = "a long test passphrase 42";

export async function makeUser(role: RoleName = "WRITER", extra: { disabled?: boolean } = {}): Promise<Actor & { sessionVersion: number }> {
  const client = await db();
  const email = `${unique(role.toLowerCase())}@test.example`;
  return client.user.create({
    data: { email, name: `Test ${role.toLowerCase()}`, role, passwordHash: await hashPassword(TEST_PASSWORD), disabled: extra.disabled ?? false },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

export async function makeCategory(name = unique("Category")) {
  const client = await db();
  return client.category.create({ data: { name, slug: unique("cat") } });
}

export async function makeAuthor(name = unique("Author")) {
  const client = await db();
  return client.author.create({ data: { name, slug: unique("author") } });
}

type ReleaseInput = {
  title?: string;
  status?: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";
  publishAt?: Date | null;
  createdById?: string | null;
  categoryId?: string;
  authorId?: string;
  body?: string;
  summary?: string;
  featured?: boolean;
};

export async function makeRelease(input: ReleaseInput = {}) {
  const client = await db();
  const categoryId = input.categoryId ?? (await makeCategory()).id;
  const authorId = input.authorId ?? (await makeAuthor()).id;
  const title = input.title ?? unique("Release");
  return client.release.create({
    data: {
      title,
      slug: unique("release"),
      summary: input.summary ?? "A summary.",
      body: input.body ?? "<p>Body text.</p>",
      status: input.status ?? "DRAFT",
      publishAt: input.publishAt === undefined ? (input.status === "PUBLISHED" ? new Date() : null) : input.publishAt,
      featured: input.featured ?? false,
      createdById: input.createdById ?? null,
      categoryId,
      authorId,
    },
  });
}
