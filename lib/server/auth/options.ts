import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { signIn } from "./sign-in";

export const authOptions: NextAuthOptions = {
  secret: env().secret,
  // __Secure- prefixed, Secure cookies whenever the site is served over HTTPS.
  useSecureCookies: env().siteUrl.startsWith("https://"),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const headers = (request?.headers ?? {}) as Record<string, string | string[] | undefined>;
        const user = await signIn({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          headers,
        });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
};
