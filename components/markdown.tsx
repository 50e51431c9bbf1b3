import { renderMarkdown } from "@/lib/markdown/render";

/**
 * Policy text written in Markdown, rendered on the server. renderMarkdown sanitises the HTML (no raw HTML,
 * scripts, handlers, unsafe links or images), which is why it may be set as inner HTML here.
 */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div
      className={`portal-markdown utrecht-document flex flex-col gap-3 ${className}`.trim()}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
