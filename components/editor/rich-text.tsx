"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";

type Props = { id: string; labelledBy: string; html: string; onChange: (html: string) => void; readOnly?: boolean; resetKey: number };

// The body editor: paragraphs, headings, bold, italic, lists, links, quotes.
export function RichText({ id, labelledBy, html, onChange, readOnly = false, resetKey }: Props) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        codeBlock: false,
        code: false,
        underline: false,
        link: { openOnClick: false, autolink: true, protocols: ["mailto", "tel"], HTMLAttributes: { rel: "noopener noreferrer", target: null } },
      }),
    ],
    content: html,
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: {
      attributes: { id, role: "textbox", "aria-multiline": "true", "aria-labelledby": labelledBy, class: "prose-body min-h-64 rounded-b border border-muted px-3 py-2 focus:outline-none" },
    },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });

  // Replace the content only when the page asks (restoring a local copy, taking the other version).
  useEffect(() => {
    if (editor && resetKey > 0) editor.commands.setContent(html, { emitUpdate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- html is read only when resetKey changes
  }, [editor, resetKey]);

  return (
    <div>
      {editor ? <Toolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"), italic: e.isActive("italic"), h2: e.isActive("heading", { level: 2 }), h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"), ordered: e.isActive("orderedList"), quote: e.isActive("blockquote"), link: e.isActive("link"),
    }),
  });
  const chain = () => editor.chain().focus();
  function setLink() {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
    const href = window.prompt("Link address", previous);
    if (href === null) return;
    if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  }
  const buttons: { label: string; text: string; active: boolean; run: () => void }[] = [
    { label: "Bold", text: "B", active: state.bold, run: () => chain().toggleBold().run() },
    { label: "Italic", text: "I", active: state.italic, run: () => chain().toggleItalic().run() },
    { label: "Heading", text: "H2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: "Subheading", text: "H3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: "Bulleted list", text: "• List", active: state.bullet, run: () => chain().toggleBulletList().run() },
    { label: "Numbered list", text: "1. List", active: state.ordered, run: () => chain().toggleOrderedList().run() },
    { label: "Quote", text: "“ ”", active: state.quote, run: () => chain().toggleBlockquote().run() },
    { label: "Link", text: "Link", active: state.link, run: setLink },
  ];
  return (
    <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 rounded-t border border-b-0 border-muted bg-wash p-1">
      {buttons.map((b) => (
        <button key={b.label} type="button" aria-label={b.label} aria-pressed={b.active} onClick={b.run} className={`rounded px-2 py-1 text-sm ${b.active ? "bg-accent text-white" : "bg-white"}`}>
          {b.text}
        </button>
      ))}
    </div>
  );
}
