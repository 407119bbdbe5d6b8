export type HeaderInput = { nonce: string | null; https: boolean; development: boolean };
export function contentSecurityPolicy(input: HeaderInput): string;
export function responseHeaders(input: HeaderInput): Record<string, string>;
