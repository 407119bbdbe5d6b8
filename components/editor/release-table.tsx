import Link from "next/link";

type Row = {
  id: string; title: string; status: string; publishAt: Date | null; updatedAt: Date; featured: boolean;
  category: { name: string }; author: { name: string }; updatedBy: { name: string } | null;
};

const STATUS_TEXT: Record<string, string> = { DRAFT: "Draft", IN_REVIEW: "In review", SCHEDULED: "Scheduled", PUBLISHED: "Published", WITHDRAWN: "Withdrawn" };
const when = (d: Date | null) => (d ? new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(d) + " UTC" : "—");

export function ReleaseTable({ rows, caption }: { rows: Row[]; caption: string }) {
  if (rows.length === 0) return <p>No releases match.</p>;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col" className="py-2">Title</th><th scope="col">Status</th><th scope="col">Category</th><th scope="col">Author</th>
          <th scope="col">Publish time</th><th scope="col">Last edited</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-rule align-top">
            <td className="py-2 pr-2"><Link className="underline" href={`/admin/releases/${r.id}`}>{r.title}</Link>{r.featured ? " ★" : ""}</td>
            <td className="pr-2">{STATUS_TEXT[r.status] ?? r.status}</td>
            <td className="pr-2">{r.category.name}</td>
            <td className="pr-2">{r.author.name}</td>
            <td className="pr-2">{when(r.publishAt)}</td>
            <td>{r.updatedBy?.name ?? "—"}, {when(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
