import "server-only";
import NextAuth, { type NextAuthConfig, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { EmailConfig } from "next-auth/providers/email";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { authSettings } from "@/lib/auth/auth-settings";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/sign-in-link-token";
import { createStaffSession, revokeStaffSession } from "@/lib/auth/staff-session";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { ZSignInWithPassword } from "@/lib/validation/auth";

// Auth.js for staff (organisers, jurors, admins). The cookie is a JWT that
// carries nothing but a StaffSession id; lib/auth/current-user.ts checks that
// row on every request, so sign-out, "sign out everywhere", disabling a user
// and the idle/absolute timeouts all work at once and across instances.
// The config is built per request (lazy) so env is read at runtime, not at build.

function config(): NextAuthConfig {
  const settings = authSettings();
  const secret = process.env.AUTH_SECRET;

  // Sign-in links are created by lib/auth/request-sign-in-link.ts; Auth.js only
  // redeems them at /api/auth/callback/email. Its own "send a link" endpoint is
  // switched off in the signIn callback below, so this is never called.
  const emailLink: EmailConfig = {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: settings.emailLinkMaxAgeSeconds,
    secret,
    sendVerificationRequest() {
      throw new Error("Sign-in links are sent by requestSignInLink, not by Auth.js.");
    },
  };

  return {
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    secret,
    trustHost: settings.trustHost,
    // See authSettings: Secure/__Host- cookies need https; the localhost demo is http.
    useSecureCookies: settings.secureCookies,
    session: { strategy: "jwt", maxAge: Math.ceil(settings.absoluteTimeoutMs / 1000) },
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
    providers: [
      Credentials({
        id: "credentials",
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = ZSignInWithPassword.safeParse(raw);
          if (!parsed.success) return null;
          const result = await verifyCredentials({
            email: parsed.data.email,
            password: parsed.data.password,
            ip: clientIp(request.headers),
          });
          if (!result.ok) {
            console.warn(`[auth] password sign-in refused: ${result.reason}`);
            return null;
          }
          return result.user;
        },
      }),
      emailLink,
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        if (email?.verificationRequest) return "/sign-in/check-email";
        if (account?.type === "credentials") return true; // checked in authorize
        if (account?.type === "email") {
          // Only existing, enabled accounts: an unknown address must never become a user.
          const existing = user.id ? await db.user.findUnique({ where: { id: user.id }, select: { disabledAt: true } }) : null;
          return !!existing && !existing.disabledAt;
        }
        return false;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const userAgent = (await headers()).get("user-agent");
          return { sid: await createStaffSession({ userId: user.id, userAgent }) };
        }
        return typeof token.sid === "string" ? { sid: token.sid } : null;
      },
      session({ session, token }) {
        return { expires: session.expires, sid: typeof token.sid === "string" ? token.sid : undefined } as unknown as Session;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await revokeStaffSession({ sessionId: sid });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
