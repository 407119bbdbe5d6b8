import { getPublicSettings } from "@/lib/server/settings/get-settings";
import { Masthead } from "./masthead";

export async function PublicShell({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  const settings = await getPublicSettings();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Masthead settings={settings} nonce={nonce} />
      {children}
      <footer className="mt-12 border-t border-rule print:hidden">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
          <p>
            {settings.siteName} · Consular queries:{" "}
            <a className="text-accent underline" href={`mailto:${settings.consularEmail}`}>
              {settings.consularEmail}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
