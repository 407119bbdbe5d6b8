export type HeaderInput = { nonce: string | null; https: boolean; development: boolean };
export type SecurityConfig = {
  /** Public origin of the site, from SITE_URL (e.g. "https://press.example.org"). */
  siteOrigin: string;
  /** TRUST_PROXY: believe X-Forwarded-Proto from the reverse proxy in front. */
  trustProxy: boolean;
  /** NODE_ENV === "development": React needs eval and Next's dev server a websocket. */
  development: boolean;
};
export type HeaderRule = { source: string; has?: Array<{ type: "header"; key: string; value?: string }>; headers: Array<{ key: string; value: string }> };
export function securityConfigFromEnv(source?: Record<string, string | undefined>): SecurityConfig;
export function contentSecurityPolicy(input: HeaderInput): string;
export function responseHeaders(input: HeaderInput): Record<string, string>;
export function headerRulesWithoutProxy(source: string, env?: Record<string, string | undefined>): HeaderRule[];
