// An S3-compatible object store for attachments, when STORAGE_URL is set (decision 0029). What it
// holds is already sealed with the data key (lib/crypto.ts encryptBytes): the store never sees a
// file, a file name or whose file it is; its keys are random. Requests are signed (AWS Signature
// V4, by aws4fetch) with the store's own credentials, which are not the data key.
import "server-only";
import { AwsClient } from "aws4fetch";
import { env } from "@/lib/env";

export interface ObjectStore {
  put(key: string, content: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** The first bytes of an object (a sealed file's header names its key). */
  head(key: string, bytes: number): Promise<Buffer>;
  /** Removes an object; an object already gone counts as removed. */
  remove(key: string): Promise<void>;
}

export interface ObjectStoreConfig {
  /** Endpoint and bucket, path-style: `https://s3.example.org/tumar-files`. */
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** A failed exchange with the store, named by status only (keys and answers may say too much for a log). */
export class ObjectStoreError extends Error {
  constructor(operation: string, status: number) {
    super(`The object store refused ${operation}: HTTP ${status}`);
    this.name = "ObjectStoreError";
  }
}

export function connectObjectStore(config: ObjectStoreConfig): ObjectStore {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    region: config.region,
    service: "s3",
    retries: 2,
  });
  const base = config.url.replace(/\/+$/, "");
  const at = (key: string) => `${base}/${key.split("/").map(encodeURIComponent).join("/")}`;
  const send = async (operation: string, key: string, init: RequestInit, ok: (status: number) => boolean) => {
    const response = await client.fetch(at(key), init);
    if (!ok(response.status)) {
      await response.body?.cancel();
      throw new ObjectStoreError(operation, response.status);
    }
    return response;
  };
  return {
    async put(key, content) {
      const response = await send(
        "a write",
        key,
        { method: "PUT", body: new Uint8Array(content), headers: { "content-type": "application/octet-stream" } },
        (s) => s === 200,
      );
      await response.body?.cancel();
    },
    async get(key) {
      const response = await send("a read", key, { method: "GET" }, (s) => s === 200);
      return Buffer.from(await response.arrayBuffer());
    },
    async head(key, bytes) {
      const init = { method: "GET", headers: { range: `bytes=0-${bytes - 1}` } };
      const response = await send("a read", key, init, (s) => s === 200 || s === 206);
      return Buffer.from(await response.arrayBuffer()).subarray(0, bytes);
    },
    async remove(key) {
      const response = await send("a removal", key, { method: "DELETE" }, (s) => s === 204 || s === 200 || s === 404);
      await response.body?.cancel();
    },
  };
}

let configured: ObjectStore | null | undefined;

/** The store the environment names, or null: attachments are then kept in PostgreSQL. */
export function objectStore(): ObjectStore | null {
  if (configured === undefined) {
    const e = env();
    configured = e.STORAGE_URL
      ? connectObjectStore({
          url: e.STORAGE_URL,
          region: e.STORAGE_REGION,
          accessKeyId: e.STORAGE_ACCESS_KEY_ID!,
          secretAccessKey: e.STORAGE_SECRET_ACCESS_KEY!,
        })
      : null;
  }
  return configured;
}

/** A new object's key: random, naming nothing about the file or its person. */
export const newObjectKey = () => `attachments/${crypto.randomUUID()}`;
