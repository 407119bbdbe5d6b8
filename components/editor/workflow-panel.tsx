"use client";

import { useState } from "react";
import { workflowAction } from "@/app/(admin)/admin/releases/[id]/actions";
import { scheduleLabel, zonedWallTimeToUtc, type ClockZone } from "@/lib/time/schedule-label";
import type { EditorContent, WorkflowRequest } from "./types";

export type WorkflowProps = {
  releaseId: string;
  version: number;
  status: string;
  publishAt: string | null;
  withdrawalReason: string | null;
  corrections: { id: string; note: string; createdAt: string }[];
  clocks: ClockZone[];
  allowed: { submit: boolean; publish: boolean; unpublish: boolean; withdraw: boolean; correct: boolean };
  content: EditorContent;
  beforeAction: () => Promise<boolean>;
  onDone: (version: number) => void;
};

const STATUS_TEXT: Record<string, string> = { DRAFT: "Draft", IN_REVIEW: "In review", SCHEDULED: "Scheduled", PUBLISHED: "Published", WITHDRAWN: "Withdrawn" };

export function WorkflowPanel(props: WorkflowProps) {
  const { status, allowed, clocks } = props;
  const [message, setMessage] = useState("");
  const [local, setLocal] = useState("");
  const [zone, setZone] = useState(clocks[0]?.zone ?? "UTC");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const at = local ? zonedWallTimeToUtc(local, zone) : null;

  async function run(request: WorkflowRequest) {
    setPending(true);
    setMessage("");
    try {
      if (request.kind !== "correct" && !(await props.beforeAction())) {
        setMessage("Save your changes first (see the message above).");
        return;
      }
      const result = await workflowAction(props.releaseId, props.version, request);
      if (result.ok && result.version) props.onDone(result.version);
      else setMessage([result.message, ...Object.values(result.fieldErrors ?? {}).flat()].filter(Boolean).join(" "));
    } catch {
      setMessage("The server could not be reached; nothing changed.");
    } finally {
      setPending(false);
    }
  }

  const live = status === "PUBLISHED" || status === "SCHEDULED";
  const canSchedule = allowed.publish && (status === "DRAFT" || status === "IN_REVIEW" || status === "SCHEDULED");
  return (
    <section aria-labelledby="workflow-heading" className="mt-6 rounded border border-rule p-4">
      <h2 id="workflow-heading" className="text-lg font-bold">Status: {STATUS_TEXT[status] ?? status}</h2>
      {status === "SCHEDULED" && props.publishAt ? <p>{scheduleLabel(new Date(props.publishAt), clocks)}</p> : null}
      {status === "PUBLISHED" && props.publishAt ? <p>{scheduleLabel(new Date(props.publishAt), clocks, "Published")}</p> : null}
      {status === "WITHDRAWN" ? <p>Withdrawn: {props.withdrawalReason}</p> : null}
      {props.corrections.length ? (
        <ul aria-label="Corrections shown to readers" className="mt-2 text-sm">
          {props.corrections.map((c) => <li key={c.id}>Updated on {new Date(c.createdAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}: {c.note}</li>)}
        </ul>
      ) : null}
      <p role="alert" className="text-danger">{message}</p>
      <fieldset disabled={pending} className="flex flex-wrap gap-2">
        {allowed.submit && status === "DRAFT" ? <Button onClick={() => run({ kind: "submit" })}>Submit for review</Button> : null}
        {allowed.publish && (status === "DRAFT" || status === "IN_REVIEW" || status === "SCHEDULED") ? <Button onClick={() => run({ kind: "publish" })}>Publish now</Button> : null}
        {allowed.unpublish && live ? <Button onClick={() => run({ kind: "unpublish" })}>Unpublish (back to draft)</Button> : null}
      </fieldset>

      {canSchedule ? (
        <div className="mt-4">
          <h3 className="font-semibold">Schedule</h3>
          <div className="flex flex-wrap items-end gap-2">
            <label className="block">Publish time<br /><input type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} className="rounded border px-2 py-1" /></label>
            <label className="block">Time zone<br />
              <select value={zone} onChange={(e) => setZone(e.target.value)} className="rounded border px-2 py-1">
                {clocks.map((c) => <option key={c.zone} value={c.zone}>{c.label}</option>)}
              </select>
            </label>
          </div>
          {at ? <p className="mt-2 font-semibold" role="status">{scheduleLabel(at, clocks)}</p> : null}
          <Button disabled={!at || pending} onClick={() => run({ kind: "schedule", local, zone })}>Confirm schedule</Button>
        </div>
      ) : null}

      {allowed.withdraw && live ? (
        <div className="mt-4">
          <label htmlFor="withdraw-reason" className="block font-semibold">Public explanation for withdrawal</label>
          <textarea id="withdraw-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className="w-full rounded border px-2 py-1" />
          <Button disabled={pending} onClick={() => run({ kind: "withdraw", reason })}>Withdraw</Button>
        </div>
      ) : null}

      {allowed.correct && status === "PUBLISHED" ? (
        <div className="mt-4">
          <label htmlFor="correction-note" className="block font-semibold">Correction note (shown publicly as “Updated on …”)</label>
          <input id="correction-note" value={note} onChange={(e) => setNote(e.target.value)} className="w-full rounded border px-2 py-1" />
          <Button disabled={pending} onClick={() => run({ kind: "correct", note, content: props.content })}>Publish correction</Button>
        </div>
      ) : null}
    </section>
  );
}

function Button({ children, onClick, disabled }: { children: React.ReactNode; onClick: () => void; disabled?: boolean }) {
  return <button type="button" disabled={disabled} onClick={onClick} className="mt-2 rounded border border-accent px-3 py-1 font-semibold text-accent disabled:opacity-50">{children}</button>;
}
