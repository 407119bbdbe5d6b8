"use client";

import type { EditorContent } from "./types";

// The browser's copy of unsaved work: survives a closed tab or a lost connection.
export type LocalCopy = { content: EditorContent; baseVersion: number; savedAt: string };

const key = (releaseId: string | null) => `pressroom:release:${releaseId ?? "new"}`;

export function readLocalCopy(releaseId: string | null): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(releaseId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(releaseId: string | null, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(key(releaseId), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server save is then the only copy.
  }
}

export function clearLocalCopy(releaseId: string | null): void {
  try {
    window.localStorage.removeItem(key(releaseId));
  } catch {
    // Nothing to clear.
  }
}

export function sameContent(a: EditorContent, b: EditorContent): boolean {
  return (Object.keys(a) as (keyof EditorContent)[]).every((k) => a[k] === b[k]);
}
