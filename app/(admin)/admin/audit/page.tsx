import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/server/auth/session";
import { auditFilterOptions, listAuditEvents, type AuditFilter } from "@/lib/server/audit/list-audit";
import { Guarded } from "../users/_components/guarded";

export const metadata: Metadata = { title: "Audit log — Pressroom" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const KEYS = ["actorId", "action", "from", "to", "before"] as const;
const input = "rounded border border-muted px-2 py-1";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const filter: AuditFilter = Object.fromEntries(KEYS.map((k) => [k, typeof params[k] === "string" ? params[k] : undefined]));
  const query = (extra: Partial<AuditFilter>) =>
    new URLSearchParams(Object.entries({ ...filter, before: undefined, ...extra }).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-2 text-muted">Every change in the newsroom, newest first. Entries cannot be edited or deleted.</p>
      <Guarded load={() => Promise.all([auditFilterOptions(actor), listAuditEvents(actor, filter)])}>
        {([options, page]) => (
          <>
            <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
              <div>
                <label htmlFor="audit-user" className="block font-semibold">User</label>
                <select id="audit-user" name="actorId" defaultValue={filter.actorId ?? ""} className={input}>
                  <option value="">Anyone</option>
                  {options.users.map((u) => (
                    <option key={u.id} value={u.id}>{u.label}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="audit-action" className="block font-semibold">Action</label>
                <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={input}>
                  <option value="">Any action</option>
                  {options.actions.map((a) => (
                    <option key={a} value={a}>{a}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="audit-from" className="block font-semibold">From (UTC)</label>
                <input id="audit-from" type="date" name="from" defaultValue={filter.from ?? ""} className={input} />
              </div>
              <div>
                <label htmlFor="audit-to" className="block font-semibold">To (UTC)</label>
                <input id="audit-to" type="date" name="to" defaultValue={filter.to ?? ""} className={input} />
              </div>
              <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">Filter</button>
              <Link href="/admin/audit" className="underline">Clear</Link>
            </form>
            <table className="mt-6 w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-rule">
                  <th className="py-2 pr-4">When (UTC)</th>
                  <th className="py-2 pr-4">Who</th>
                  <th className="py-2 pr-4">Action</th>
                  <th className="py-2 pr-4">Target</th>
                  <th className="py-2">Details</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((e) => (
                  <tr key={e.id} className="border-b border-rule align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">{when.format(e.createdAt)}</td>
                    <td className="py-2 pr-4">{e.actorEmail || "command line"}</td>
                    <td className="py-2 pr-4 font-mono">{e.action}</td>
                    <td className="py-2 pr-4">{e.targetType} {e.targetId}</td>
                    <td className="py-2 font-mono break-all">{e.details === "{}" ? "" : e.details}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.entries.length === 0 ? <p className="mt-4">No entries match.</p> : null}
            <nav aria-label="Audit log pages" className="mt-4 flex gap-6">
              {filter.before ? <Link href={`/admin/audit?${query({})}`} className="underline">Newest entries</Link> : null}
              {page.nextCursor ? <Link href={`/admin/audit?${query({ before: page.nextCursor })}`} className="underline">Older entries</Link> : null}
            </nav>
          </>
        )}
      </Guarded>
    </main>
  );
}
