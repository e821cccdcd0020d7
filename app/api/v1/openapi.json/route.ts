import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/openapi/document";

// Public: describes the API, contains no data.
export function GET(request: Request) {
  return NextResponse.json(buildOpenApiDocument(new URL(request.url).origin));
}
