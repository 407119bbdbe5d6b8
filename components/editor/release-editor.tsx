"use client";

import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { slugify } from "@/lib/content/slug";
import { createReleaseAction, heartbeatAction, saveReleaseAction } from "@/app/(admin)/admin/releases/[id]/actions";
import { ConflictPanel } from "./conflict-panel";
import { RichText } from "./rich-text";
import type { ConflictInfo, EditorContent, SaveResult } from "./types";
import { clearLocalCopy, readLocalCopy, sameContent, writeLocalCopy, type LocalCopy } from "./use-local-copy";
import { WorkflowPanel, type WorkflowProps } from "./workflow-panel";

type Option = { id: string; name: string };
type Props = {
  releaseId: string | null;
  version: number;
  status: string;
  initial: EditorContent;
  categories: Option[];
  authors: Option[];
  canEdit: boolean;
  slugFrozen: boolean;
  canChangeFrozenSlug: boolean;
  workflow: Omit<WorkflowProps, "releaseId" | "version" | "onDone" | "beforeAction" | "content">;
};

const AUTOSAVE_MS = 1500;
type SaveStatus = { tone: "idle" | "saving" | "saved" | "failed" | "conflict"; text: string };

export function ReleaseEditor(props: Props) {
  const [releaseId, setReleaseId] = useState(props.releaseId);
  const [version, setVersion] = useState(props.version);
  const [content, setContent] = useState(props.initial);
  const [slugTouched, setSlugTouched] = useState(props.releaseId !== null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ tone: "idle", text: "" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [others, setOthers] = useState<string[]>([]);
  const saving = useRef(false);
  const latest = useRef({ content, version, releaseId, dirty });
  useLayoutEffect(() => {
    latest.current = { content, version, releaseId, dirty };
  });
  // Autosave only where a change is not yet public; live releases are saved deliberately.
  const autosave = props.canEdit && (props.status === "DRAFT" || props.status === "IN_REVIEW");

  useEffect(() => {
    // localStorage exists only in the browser, so the offer is made after hydration.
    const timer = window.setTimeout(() => {
      const copy = readLocalCopy(props.releaseId);
      if (copy && !sameContent(copy.content, props.initial)) setOffer(copy);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [props.releaseId, props.initial]);

  const update = useCallback((patch: Partial<EditorContent>) => {
    setContent((previous) => {
      const next = { ...previous, ...patch };
      writeLocalCopy(latest.current.releaseId, { content: next, baseVersion: latest.current.version, savedAt: new Date().toISOString() });
      return next;
    });
    setDirty(true);
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (saving.current) return false;
    const { content: toSave, version: base, releaseId: id } = latest.current;
    saving.current = true;
    setStatus({ tone: "saving", text: "Saving…" });
    let result: SaveResult;
    try {
      result = id ? await saveReleaseAction(id, base, toSave) : await createReleaseAction(toSave);
    } catch {
      result = { ok: false, message: "The server could not be reached." };
    } finally {
      saving.current = false;
    }
    if (result.ok && result.version && result.id) {
      if (!id) {
        clearLocalCopy(null);
        window.history.replaceState(null, "", `/admin/releases/${result.id}`);
      }
      setReleaseId(result.id);
      setVersion(result.version);
      setFieldErrors({});
      const changedSince = !sameContent(latest.current.content, toSave);
      if (result.slug && !changedSince) setContent((c) => ({ ...c, slug: result.slug ?? c.slug, changeSlug: false }));
      if (changedSince) writeLocalCopy(result.id, { content: latest.current.content, baseVersion: result.version, savedAt: new Date().toISOString() });
      else clearLocalCopy(result.id);
      setDirty(changedSince);
      setStatus({ tone: "saved", text: `Saved at ${new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" })} (version ${result.version})` });
      return true;
    }
    setFieldErrors(result.fieldErrors ?? {});
    if (result.conflict) {
      setConflict(result.conflict);
      setStatus({ tone: "conflict", text: result.message ?? "Someone else changed this release." });
    } else {
      setStatus({ tone: "failed", text: `Saving failed: ${result.message ?? "unknown error"} Your text is kept in this browser and nothing is lost; try Save again.` });
    }
    return false;
  }, []);

  useEffect(() => {
    if (!dirty || !autosave || conflict || status.tone === "failed" || !content.title.trim() || !content.categoryId || !content.authorId) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [content, dirty, autosave, conflict, status.tone, save]);

  useEffect(() => {
    if (!releaseId) return;
    let stopped = false;
    const beat = () => heartbeatAction(releaseId).then((names) => !stopped && setOthers(names)).catch(() => undefined);
    void beat();
    const timer = window.setInterval(beat, 15_000);
    return () => { stopped = true; window.clearInterval(timer); };
  }, [releaseId]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => { if (latest.current.dirty) event.preventDefault(); };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  function restoreOffer() {
    if (!offer) return;
    setContent(offer.content);
    if (offer.baseVersion > 0) setVersion(offer.baseVersion);
    setResetKey((k) => k + 1);
    setDirty(true);
    setOffer(null);
  }

  function takeTheirs() {
    if (!conflict) return;
    setContent((c) => ({ ...c, title: conflict.title, body: conflict.body, summary: conflict.summary }));
    setVersion(conflict.version);
    setResetKey((k) => k + 1);
    setConflict(null);
    setDirty(false);
    setStatus({ tone: "idle", text: "Loaded the newer version." });
  }

  function keepMine() {
    if (!conflict) return;
    setVersion(conflict.version);
    latest.current.version = conflict.version;
    setConflict(null);
    void save();
  }

  const errors = (name: string) => fieldErrors[name];
  const slugLocked = props.slugFrozen && !content.changeSlug;

  return (
    <div>
      {others.length ? <p className="mb-3 rounded bg-wash px-3 py-2" role="status">Also open by: {others.join(", ")}</p> : null}
      {offer ? (
        <div role="alert" className="mb-4 rounded border border-accent p-3">
          <p className="font-semibold">Restore unsaved changes?</p>
          <p className="text-sm">This browser kept changes from {new Date(offer.savedAt).toLocaleString("en-GB")} that were not saved to the server.</p>
          <button type="button" className="mr-2 mt-2 rounded bg-accent px-3 py-1 text-white" onClick={restoreOffer}>Restore unsaved changes</button>
          <button type="button" className="mt-2 rounded border px-3 py-1" onClick={() => { clearLocalCopy(releaseId); setOffer(null); }}>Discard them</button>
        </div>
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} mine={content} onKeepMine={keepMine} onTakeTheirs={takeTheirs} /> : null}

      <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate aria-label="Release">
        <fieldset disabled={!props.canEdit}>
          <TextInput label="Title" name="title" value={content.title} errors={errors("title")} maxLength={300}
            onChange={(title) => update(slugTouched || props.slugFrozen ? { title } : { title, slug: slugify(title) })} />
          <TextInput label="Address (slug)" name="slug" value={content.slug} errors={errors("slug")} readOnly={slugLocked}
            hint={props.slugFrozen ? "Fixed once published; the old address keeps working if an editor changes it." : "Made from the title; you may edit it."}
            onChange={(slug) => { setSlugTouched(true); update({ slug }); }} />
          {props.slugFrozen && props.canChangeFrozenSlug ? (
            <label className="mb-4 block"><input type="checkbox" checked={content.changeSlug} onChange={(e) => update({ changeSlug: e.target.checked })} /> Change the published address</label>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <Select label="Category" name="categoryId" value={content.categoryId} options={props.categories} errors={errors("categoryId")} onChange={(categoryId) => update({ categoryId })} />
            <Select label="Author byline" name="authorId" value={content.authorId} options={props.authors} errors={errors("authorId")} onChange={(authorId) => update({ authorId })} />
          </div>
          <TextArea label="Summary" name="summary" value={content.summary} errors={errors("summary")} rows={2} onChange={(summary) => update({ summary })} />
          <TextArea label="Media question (for replies to media questions; the body is then the answer)" name="question" value={content.question} errors={errors("question")} rows={2} onChange={(question) => update({ question })} />
          <div className="mb-4">
            <p id="body-label" className="mb-1 font-semibold">Body</p>
            <RichText id="field-body" labelledBy="body-label" html={content.body} resetKey={resetKey} readOnly={!props.canEdit} onChange={(body) => update({ body })} />
            {errors("body") ? <p className="mt-1 text-sm text-danger">{errors("body")?.join(" ")}</p> : null}
          </div>
          <label className="mb-4 block"><input type="checkbox" name="featured" checked={content.featured} onChange={(e) => update({ featured: e.target.checked })} /> Featured on the home page</label>
        </fieldset>
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-rule bg-white py-3">
          {props.canEdit ? <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">Save</button> : <p>Your role cannot edit this release now.</p>}
          <p role={status.tone === "failed" || status.tone === "conflict" ? "alert" : "status"} aria-live="polite" className={status.tone === "failed" || status.tone === "conflict" ? "text-danger" : "text-muted"}>
            {status.text || (dirty ? "Unsaved changes (kept in this browser)" : "")}
          </p>
          {releaseId ? (
            <>
              <Link className="underline" href={`/admin/releases/${releaseId}/preview`}>Preview</Link>
              <Link className="underline" href={`/admin/releases/${releaseId}/history`}>History</Link>
            </>
          ) : null}
        </div>
      </form>
      {releaseId ? (
        <WorkflowPanel {...props.workflow} releaseId={releaseId} version={version} content={content}
          beforeAction={async () => (latest.current.dirty && props.canEdit ? save() : true)}
          onDone={(v) => {
            // The page reloads to show the new status; nothing is left unsaved to warn about.
            latest.current.dirty = false;
            setVersion(v);
            clearLocalCopy(releaseId);
            window.location.reload();
          }} />
      ) : null}
    </div>
  );
}

type InputProps = { label: string; name: string; value: string; errors?: string[]; hint?: string; onChange: (v: string) => void };

function Described({ name, errors, hint }: { name: string; errors?: string[]; hint?: string }) {
  return (
    <>
      {hint ? <p id={`field-${name}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      {errors?.length ? <p id={`field-${name}-error`} className="mt-1 text-sm text-danger">{errors.join(" ")}</p> : null}
    </>
  );
}
const describedBy = (name: string, errors?: string[], hint?: string) =>
  [hint ? `field-${name}-hint` : "", errors?.length ? `field-${name}-error` : ""].filter(Boolean).join(" ") || undefined;

function TextInput({ label, name, value, errors, hint, onChange, ...rest }: InputProps & { maxLength?: number; readOnly?: boolean }) {
  return (
    <div className="mb-4">
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">{label}</label>
      <input id={`field-${name}`} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)} className="w-full rounded border border-muted px-3 py-2 read-only:bg-wash" {...rest} />
      <Described name={name} errors={errors} hint={hint} />
    </div>
  );
}

function TextArea({ label, name, value, errors, onChange, rows }: InputProps & { rows: number }) {
  return (
    <div className="mb-4">
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">{label}</label>
      <textarea id={`field-${name}`} name={name} value={value} rows={rows} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors)} className="w-full rounded border border-muted px-3 py-2" />
      <Described name={name} errors={errors} />
    </div>
  );
}

function Select({ label, name, value, options, errors, onChange }: InputProps & { options: Option[] }) {
  return (
    <div className="mb-4">
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">{label}</label>
      <select id={`field-${name}`} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors)} className="w-full rounded border border-muted px-3 py-2">
        <option value="">Choose…</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      <Described name={name} errors={errors} />
    </div>
  );
}
