import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const response: Response = await NextAuth(authOptions())(request, context);
  // Signing out also tells the browser to drop what it holds of the site: cookies, storage, cache
  // (a shared or seized computer keeps nothing of the session).
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/signout")) return response;
  const headers = new Headers(response.headers);
  headers.set("Clear-Site-Data", '"cache", "cookies", "storage"');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handler as GET, handler as POST };
