import type { Options as SanitizeSchema } from "rehype-sanitize";

/**
 * What survives in rendered policy text: only the elements Markdown itself produces (no raw HTML reaches this
 * point), links only to web and mail addresses, and no images at all, so a policy can never load anything from
 * elsewhere or run anything. Narrower than rehype-sanitize's default, which also allows img, input, details, etc.
 */
export const markdownSchema: SanitizeSchema = {
  tagNames: [
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre",
    "section", "strong", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
  ],
  attributes: {
    a: ["href", "dataFootnoteBackref", "dataFootnoteRef", "ariaDescribedBy", "ariaLabel"],
    ol: ["start"],
    td: ["align"],
    th: ["align"],
    section: ["dataFootnotes"],
    "*": ["id"],
  },
  protocols: { href: ["http", "https", "mailto"] },
  // Ids only come from footnotes, already prefixed by remark-rehype (render.ts) so they cannot clobber the page's.
  clobber: [],
  strip: ["script", "style"],
};
