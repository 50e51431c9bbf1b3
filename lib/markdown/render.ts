import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeUtrechtClasses } from "./classes";
import { markdownSchema } from "./schema";

// Built once: every plugin is synchronous, so processSync can be used from server components and route handlers.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is dropped here (no allowDangerousHtml); the sanitiser is the second line.
  .use(remarkRehype, {
    clobberPrefix: "beleid-",
    footnoteLabel: "Voetnoten",
    footnoteBackLabel: (referenceIndex: number) => `Terug naar verwijzing ${referenceIndex + 1}`,
  })
  .use(rehypeSanitize, markdownSchema)
  .use(rehypeUtrechtClasses)
  .use(rehypeStringify)
  .freeze();

/** Markdown (GitHub flavour) → safe HTML with Utrecht classes: no scripts, handlers, unsafe links or images. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
