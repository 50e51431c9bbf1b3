import "server-only";
import { Readable } from "node:stream";
import busboy from "busboy";
import type { NextRequest } from "next/server";

export type Upload = { fileName: string; body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> } | null;

/** The file name as the client gave it, without a path or control characters, for display only. */
export function cleanFileName(raw: string | null | undefined): string {
  let name = raw ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not encoded: use it as it is.
  }
  name = name.replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return name.slice(0, 200) || "inventaris.csv";
}

/**
 * The uploaded file as a stream: the raw body of the JavaScript upload (file name in a header), or the
 * "bestand" field of the form that works without JavaScript, read with busboy as it arrives. Null when
 * no file was chosen.
 */
export async function uploadFrom(request: NextRequest): Promise<Upload> {
  if (!request.body) return null;
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return { fileName: cleanFileName(request.headers.get("x-bestandsnaam")), body: request.body };

  const parser = busboy({ headers: { "content-type": type }, limits: { files: 1, fields: 10 } });
  const found = new Promise<Upload>((resolve, reject) => {
    parser.on("file", (field, stream, info) => {
      if (field !== "bestand" || !info.filename) {
        stream.resume();
        return;
      }
      resolve({ fileName: cleanFileName(info.filename), body: stream as AsyncIterable<Uint8Array> });
    });
    parser.on("close", () => resolve(null));
    parser.on("error", reject);
  });
  Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(parser);
  return found;
}

/** A browser says where a post comes from: refuse one from another site (a forged form or script). */
export function isCrossSite(request: NextRequest): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.get("host");
  } catch {
    return true;
  }
}
