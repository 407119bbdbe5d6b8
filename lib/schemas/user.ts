import { z } from "@/lib/schemas/messages";

export const ROLES = ["ADMIN", "EDITOR", "WRITER"] as const;
export type RoleName = (typeof ROLES)[number];

// A few of the passwords every list of breached passwords starts with.
const COMMON = new Set([
  "password", "password1", "password123", "123456789012", "qwertyuiopas", "iloveyou1234",
  "letmein12345", "welcome12345", "administrator", "passw0rd1234", "changeme1234", "embassy12345",
]);

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(12, "Password must be at least 12 characters")
  .max(200, "Password must be at most 200 characters")
  .refine((value) => !COMMON.has(value.toLowerCase()), "That password is too common; choose another")
  .refine((value) => new Set(value).size >= 5, "Password is too repetitive; use more different characters");

export const emailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .max(254, "Email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const nameSchema = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(120, "Name must be at most 120 characters");

export const roleSchema = z
  .string({ error: "Choose a role" })
  .trim()
  .toUpperCase()
  .pipe(z.enum(ROLES, { error: "Role must be admin, editor or writer" }));

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type NewUserInput = z.input<typeof newUserSchema>;
