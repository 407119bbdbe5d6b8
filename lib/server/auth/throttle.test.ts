import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser, TEST_PASSWORD, unique } from "@/tests/support/factories";
import { clientAddress, DIRECT_BUCKET } from "./client-address";
import { SIGN_IN_REFUSED, signIn } from "./sign-in";
import { lockDelayMs } from "./throttle";

const MINUTE = 60_000;
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);

// Each test gets its own address so per-address counts do not collide.
function headersFor(ip: string) {
  return { "x-forwarded-for": ip };
}

async function attempt(email: string, password: string, now: Date, ip: string) {
  return signIn({ email, password, headers: headersFor(ip), now, trustProxy: true });
}

describe("sign-in throttling", () => {
  it("locks an account after five failures in fifteen minutes, refusing even the right password with the same message", async () => {
    const user = await makeUser("WRITER");
    const ip = unique("ip");
    const t0 = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 5; i += 1) {
      await expect(attempt(user.email, "wrong passphrase here", at(t0, i), ip)).rejects.toThrow(SIGN_IN_REFUSED);
    }
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 4.5), ip)).rejects.toThrow(SIGN_IN_REFUSED);
    // The first pause is one minute after the fifth failure.
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 5.5), ip)).resolves.toMatchObject({ id: user.id });
  });

  it("grows the delay with each further failure", async () => {
    const user = await makeUser("WRITER");
    const ip = unique("ip");
    const t0 = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await attempt(user.email, "wrong", at(t0, i), ip).catch(() => undefined);
    // Unlocked after 1 minute; a sixth failure then locks for 2 minutes.
    await expect(attempt(user.email, "wrong", at(t0, 5.1), ip)).rejects.toThrow(SIGN_IN_REFUSED);
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 6.9), ip)).rejects.toThrow(SIGN_IN_REFUSED);
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 7.2), ip)).resolves.toMatchObject({ id: user.id });
    expect([5, 6, 7, 8, 20].map(lockDelayMs)).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 60 * MINUTE]);
  });

  it("does not lock when the failures are spread over more than fifteen minutes", async () => {
    const user = await makeUser("WRITER");
    const ip = unique("ip");
    const t0 = new Date("2026-03-03T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await attempt(user.email, "wrong", at(t0, i * 4), ip).catch(() => undefined);
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 16.5), ip)).resolves.toMatchObject({ id: user.id });
  });

  it("counts a successful sign-in as a fresh start", async () => {
    const user = await makeUser("WRITER");
    const ip = unique("ip");
    const t0 = new Date("2026-03-04T10:00:00Z");
    for (let i = 0; i < 4; i += 1) await attempt(user.email, "wrong", at(t0, i), ip).catch(() => undefined);
    await attempt(user.email, TEST_PASSWORD, at(t0, 4), ip);
    await attempt(user.email, "wrong", at(t0, 5), ip).catch(() => undefined);
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 5.1), ip)).resolves.toMatchObject({ id: user.id });
  });

  it("locks a missing account exactly like a real one", async () => {
    const email = `${unique("ghost")}@test.example`;
    const ip = unique("ip");
    const t0 = new Date("2026-03-05T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await attempt(email, "wrong", at(t0, i), ip).catch(() => undefined);
    const client = await db();
    await attempt(email, "wrong", at(t0, 4.5), ip).catch(() => undefined);
    // The refusal while locked tests no password and is not recorded.
    expect(await client.signInAttempt.count({ where: { email } })).toBe(5);
  });

  it("refuses a client address after fifty failures in an hour, then lets it in again", async () => {
    const user = await makeUser("WRITER");
    const ip = unique("ip");
    const t0 = new Date("2026-03-06T10:00:00Z");
    const client = await db();
    await client.signInAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ email: `${unique("spray")}@test.example`, ip, succeeded: false, createdAt: at(t0, i / 2) })),
    });
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 30), ip)).rejects.toThrow(SIGN_IN_REFUSED);
    // Another address is unaffected, and the first recovers once its oldest failures are an hour old.
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 30), unique("ip"))).resolves.toMatchObject({ id: user.id });
    await expect(attempt(user.email, TEST_PASSWORD, at(t0, 60.3), ip)).resolves.toMatchObject({ id: user.id });
  });
});

describe("the client address", () => {
  it("ignores every header unless a trusted proxy is configured", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9", "x-pressroom-remote-address": "198.51.100.1", "x-real-ip": "192.0.2.1" }, false)).toBe(DIRECT_BUCKET);
  });

  it("takes the address the trusted proxy appended, not one the client prepended", () => {
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }, true)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(clientAddress({}, true)).toBe(DIRECT_BUCKET);
  });
});
