import "server-only";
import crypto from "node:crypto";
import { passwordSchema } from "@/lib/schemas/user";

// No 0/O or 1/l/I: the admin reads it out or copies it by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

// A random password shown once to the admin, e.g. "k7mw-qp3x-…" (≈ 98 bits).
export function oneTimePassword(): string {
  for (;;) {
    const bytes = crypto.randomBytes(20);
    const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
    const candidate = chars.match(/.{5}/g)!.join("-");
    if (passwordSchema.safeParse(candidate).success) return candidate;
  }
}
