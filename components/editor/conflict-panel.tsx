"use client";

import type { ConflictInfo, EditorContent } from "./types";

// Plain text of an HTML body, one line per block, read by the browser's parser.
function bodyText(html: string): string {
  const doc = new DOMParser().parseFromString(html.replace(/<\/(p|h[1-6]|li|blockquote)>/g, "$&\n"), "text/html");
  return (doc.body.textContent ?? "").trim();
}

// Shown when a save was refused because someone else saved first. The
// person's own text stays in the editor; the other version is shown beside it.
export function ConflictPanel({ conflict, mine, onKeepMine, onTakeTheirs }: { conflict: ConflictInfo; mine: EditorContent; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const myText = `${mine.title}\n\n${bodyText(mine.body)}`;
  return (
    <section aria-labelledby="conflict-heading" className="mb-4 rounded border-2 border-danger p-3">
      <h2 id="conflict-heading" className="font-bold text-danger">Not saved: {conflict.updatedBy} saved a newer version (version {conflict.version})</h2>
      <p className="text-sm">Your text is still in the editor below. Compare, then keep yours (it replaces theirs, which stays in the history) or take theirs (copy yours first).</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="conflict-theirs" className="font-semibold">Their version</label>
          <textarea id="conflict-theirs" readOnly rows={8} className="w-full rounded border p-2 text-sm" value={`${conflict.title}\n\n${bodyText(conflict.body)}`} />
        </div>
        <div>
          <label htmlFor="conflict-mine" className="font-semibold">Your version</label>
          <textarea id="conflict-mine" readOnly rows={8} className="w-full rounded border p-2 text-sm" value={myText} />
        </div>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="rounded border px-3 py-1" onClick={() => void navigator.clipboard?.writeText(myText)}>Copy my text</button>
        <button type="button" className="rounded bg-accent px-3 py-1 text-white" onClick={onKeepMine}>Keep my version and save</button>
        <button type="button" className="rounded border px-3 py-1" onClick={onTakeTheirs}>Take their version</button>
      </div>
    </section>
  );
}
