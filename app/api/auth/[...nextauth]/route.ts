import { handlers } from "@/auth";

// Auth.js endpoints: the CSRF token, the credentials and email-link callbacks,
// sign-out. Everything else about staff sign-in lives in lib/auth/.
export const { GET, POST } = handlers;
