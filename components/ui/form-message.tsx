// The live region where a form's outcome is announced.
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} aria-live="polite" className={tone === "error" ? "mb-4 text-danger" : "mb-4 text-success"}>
      {message ?? ""}
    </p>
  );
}
