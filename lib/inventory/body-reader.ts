import { createHash } from "node:crypto";
import { refuse } from "./problems";

export const DEFAULT_BYTE_LIMIT = 150 * 1024 * 1024;

export const tooLargeMessage = (limit: number) =>
  `Het bestand is te groot (meer dan ${Math.round(limit / 1024 / 1024)} MB) en is niet verwerkt. Zet in de export alleen de beheerde werkapparaten, of vraag de beheerder van het portaal om de grens te verhogen.`;

/**
 * Reads the upload chunk by chunk, hashing and counting as it goes, and stops at the byte limit, so a
 * 200 MB upload is refused while it arrives instead of after it was stored.
 */
export class BodyReader {
  private hash = createHash("sha256");
  bytes = 0;

  constructor(private readonly limit: number) {}

  async *read(body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      this.bytes += chunk.length;
      if (this.bytes > this.limit) throw refuse(tooLargeMessage(this.limit));
      this.hash.update(chunk);
      yield chunk;
    }
  }

  sha256(): string {
    return this.hash.digest("hex");
  }
}
