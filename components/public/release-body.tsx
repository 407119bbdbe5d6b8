import type { PublicRelease } from "@/lib/server/releases/public";

// The body is sanitised in the data layer (lib/server/releases/public.ts).
// A reply to a media question shows the question and the answer as two parts.
export function ReleaseBody({ release }: { release: Pick<PublicRelease, "question" | "body"> }) {
  const body = <div className="release-body mt-2 space-y-3 leading-relaxed [&_a]:text-accent [&_a]:underline [&_p]:mt-3" dangerouslySetInnerHTML={{ __html: release.body }} />;
  if (!release.question) return <div className="mt-4">{body}</div>;
  return (
    <div className="mt-4 space-y-4">
      <section aria-label="Question" className="border-l-4 border-rule pl-4">
        <h2 className="font-semibold">Question</h2>
        <p className="mt-2 italic">{release.question}</p>
      </section>
      <section aria-label="Answer" className="pl-4">
        <h2 className="font-semibold">Answer</h2>
        {body}
      </section>
    </div>
  );
}
