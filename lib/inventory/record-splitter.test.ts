import { describe, expect, it } from "vitest";
import { RecordCounter, RecordSplitter } from "./record-splitter";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function splitAll(text: string, chunkSize: number) {
  const splitter = new RecordSplitter();
  const parts: { text: string; records: number }[] = [];
  const bytes = enc(text);
  for (let i = 0; i < bytes.length; i += chunkSize) {
    splitter.push(bytes.slice(i, i + chunkSize));
    if (splitter.readyBytes >= 10) {
      const { bytes: b, records } = splitter.take();
      parts.push({ text: dec(b), records });
    }
  }
  const last = splitter.flush();
  parts.push({ text: dec(last.bytes), records: last.records });
  return parts;
}

const sample = 'a,"b\nstill b",c\n"x ""quoted"" y","line1\r\nline2",z\r\nplain,row,3\n"",,""\n';

describe("RecordSplitter", () => {
  it.each([1, 2, 3, 5, 8, 64])("cuts only at record ends, for chunks of %i bytes", (size) => {
    const parts = splitAll(sample, size);
    expect(parts.map((p) => p.text).join("")).toBe(sample);
    expect(parts.reduce((n, p) => n + p.records, 0)).toBe(4);
    for (const part of parts) {
      if (part.text) expect(part.text.endsWith("\n")).toBe(true);
      // Every part holds an even number of quotes: no quoted field is cut in two.
      expect((part.text.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it("counts a last record without a newline, and ignores a trailing blank", () => {
    expect(splitAll("a,b\nc,d", 3).reduce((n, p) => n + p.records, 0)).toBe(2);
    const splitter = new RecordSplitter();
    splitter.push(enc("a,b\n\r"));
    expect(splitter.flush().records).toBe(1);
  });

  it("keeps a newline inside an escaped quote run across a border", () => {
    const counter = new RecordCounter();
    expect(counter.scan(enc('"a""')).records).toBe(0);
    expect(counter.scan(enc('\n""b"\n')).records).toBe(1);
  });
});
