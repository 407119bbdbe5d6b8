import type { ReactNode } from "react";
import { isAppError } from "@/lib/server/errors";

// Renders a data-layer refusal (wrong role, say) as a message instead of an error page.
export async function Guarded<T>({ load, children }: { load: () => Promise<T>; children: (data: T) => ReactNode }) {
  let data: T;
  try {
    data = await load();
  } catch (error) {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED" || error.code === "INVALID")) {
      return (
        <p role="alert" className="mt-6 text-danger">
          {error.message}
        </p>
      );
    }
    throw error;
  }
  return <>{children(data)}</>;
}
