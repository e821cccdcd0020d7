// A small S3-compatible server for the object-store tests (decision 0029): PUT, GET (with a byte
// range), DELETE on path-style `/<bucket>/<key>`, in memory. It checks every request's AWS
// Signature V4 by signing the request again with the credentials it was given (a request signed
// with other credentials, or altered on the way, gets 403), and can be told to fail, as a store
// that is down. The real thing is any S3-compatible store; the test suite runs the default
// (PostgreSQL) everywhere else.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { AwsV4Signer } from "aws4fetch";

export interface FakeObjectStore {
  url: string;
  objects: Map<string, Buffer>;
  /** Requests seen, as `METHOD key`. */
  requests: string[];
  /** While set, every request answers 503. */
  down: boolean;
  close(): Promise<void>;
}

const readBody = (request: http.IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });

async function signatureHolds(
  request: http.IncomingMessage,
  credentials: { accessKeyId: string; secretAccessKey: string; region: string },
): Promise<boolean> {
  const authorization = request.headers.authorization ?? "";
  const signed = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(";") ?? [];
  const datetime = request.headers["x-amz-date"];
  if (!signed.length || typeof datetime !== "string") return false;
  const headers = new Headers();
  for (const name of signed) if (name !== "host") headers.set(name, String(request.headers[name] ?? ""));
  const again = await new AwsV4Signer({
    method: request.method!,
    url: `http://${request.headers.host}${request.url}`,
    headers,
    ...credentials,
    service: "s3",
    datetime,
  }).sign();
  return again.headers.get("authorization") === authorization;
}

export async function startFakeObjectStore(options: {
  port: number;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}): Promise<FakeObjectStore> {
  const objects = new Map<string, Buffer>();
  const state = { down: false };
  const requests: string[] = [];
  const server = http.createServer(async (request, response) => {
    const body = await readBody(request);
    const path = decodeURIComponent(new URL(request.url!, "http://store").pathname);
    const prefix = `/${options.bucket}/`;
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    requests.push(`${request.method} ${key}`);
    const answer = (status: number, content?: Buffer) => {
      response.writeHead(status, content ? { "content-length": content.length } : {});
      response.end(content);
    };
    if (state.down) return answer(503);
    if (!key || !(await signatureHolds(request, options))) return answer(403);
    if (request.method === "PUT") {
      objects.set(key, body);
      return answer(200);
    }
    const found = objects.get(key);
    if (request.method === "DELETE") {
      objects.delete(key);
      return answer(204);
    }
    if (request.method !== "GET") return answer(405);
    if (!found) return answer(404);
    const range = /^bytes=(\d+)-(\d+)$/.exec(String(request.headers.range ?? ""));
    if (!range) return answer(200, found);
    return answer(206, found.subarray(Number(range[1]), Number(range[2]) + 1));
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${options.bucket}`,
    objects,
    requests,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
