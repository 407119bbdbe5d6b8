// Editors saving through the newsroom's server action, as the editor page
// does: each editor saves its own release in a loop, one save at a time, and
// every save names the version the previous one returned. (autocannon resets
// its per-connection context after each request when given one request, so
// it cannot carry the version forward; these loops do it themselves.)

export type Editor = { cookie: string; releaseId: string };

export type Save = { version: number; body: string; latencyMs: number };

export type EditorRun = {
  latencies: number[];
  errors: number;
  firstError: string | null;
  // Per editor: every acknowledged save, in order.
  acknowledged: Save[][];
};

export const content = (editor: number, n: number) => ({
  title: `Bench save by editor ${editor}`,
  slug: "",
  categoryId: "benchcat0",
  authorId: "benchauthor0",
  summary: "Saved by the bench.",
  body: `<p>Save ${n} by editor ${editor}.</p>`,
  question: "",
  featured: false,
  publishAt: null,
  changeSlug: false,
});

// The action's reply is React's flight format: one JSON value per line,
// `1:{…}` carrying the SaveResult.
export function parseSaveReply(text: string): { ok: boolean; version?: number; message?: string } | null {
  for (const line of text.split("\n")) {
    const at = line.indexOf(":");
    if (at < 0) continue;
    try {
      const value = JSON.parse(line.slice(at + 1)) as unknown;
      if (value && typeof value === "object" && "ok" in value) return value as { ok: boolean; version?: number; message?: string };
    } catch {
      // not a JSON row
    }
  }
  return null;
}

export async function runEditors(base: string, actionId: string, editors: Editor[], durationMs: number, startVersion: (e: Editor) => Promise<number>): Promise<EditorRun> {
  const run: EditorRun = { latencies: [], errors: 0, firstError: null, acknowledged: editors.map(() => []) };
  const until = Date.now() + durationMs;
  await Promise.all(
    editors.map(async (editor, index) => {
      let version = await startVersion(editor);
      for (let n = 1; Date.now() < until; n++) {
        const sent = content(index, n);
        const started = performance.now();
        let failure: string | null = null;
        try {
          const response = await fetch(`${base}/admin/releases/${editor.releaseId}`, {
            method: "POST",
            headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie: editor.cookie, origin: base },
            body: JSON.stringify([editor.releaseId, version, sent]),
          });
          const text = await response.text();
          const reply = parseSaveReply(text);
          if (response.status === 200 && reply?.ok && typeof reply.version === "number") {
            version = reply.version;
            run.acknowledged[index]?.push({ version, body: sent.body, latencyMs: performance.now() - started });
          } else {
            failure = `HTTP ${response.status}: ${(reply?.message ?? text).slice(0, 500)}`;
          }
        } catch (error) {
          failure = (error as Error).message;
        }
        run.latencies.push(performance.now() - started);
        if (failure) {
          run.errors++;
          run.firstError ??= `editor ${index}, save ${n}: ${failure}`;
          // Start again from what the database holds, as the editor's conflict dialog would.
          version = await startVersion(editor);
        }
      }
    }),
  );
  return run;
}
