import type { Element, Root, RootContent } from "hast";

/**
 * Utrecht typography classes per element, added after sanitising (the sanitiser drops class names from input,
 * so only these can appear). The page's own h1 is the title: Markdown headings start one level lower.
 */
const classFor: Record<string, string> = {
  p: "utrecht-paragraph",
  a: "utrecht-link",
  ul: "utrecht-unordered-list",
  ol: "utrecht-ordered-list",
  blockquote: "utrecht-blockquote",
  code: "utrecht-code",
  pre: "utrecht-code-block",
  em: "utrecht-emphasis",
  strong: "utrecht-emphasis utrecht-emphasis--strong",
  hr: "utrecht-separator",
  table: "utrecht-table",
  thead: "utrecht-table__header",
  tbody: "utrecht-table__body",
  tr: "utrecht-table__row",
  th: "utrecht-table__header-cell",
  td: "utrecht-table__cell",
};

function headingLevel(tagName: string): number | null {
  const match = /^h([1-6])$/.exec(tagName);
  return match ? Number(match[1]) : null;
}

function decorate(node: Element, parent: Element | null) {
  const level = headingLevel(node.tagName);
  if (level !== null) {
    const shifted = Math.min(level + 1, 6);
    node.tagName = `h${shifted}`;
    node.properties.className = [`utrecht-heading-${shifted}`];
  } else if (node.tagName === "li") {
    const ordered = parent?.tagName === "ol";
    node.properties.className = [ordered ? "utrecht-ordered-list__item" : "utrecht-unordered-list__item"];
  } else if (node.tagName in classFor) {
    node.properties.className = classFor[node.tagName].split(" ");
  }
}

function walk(children: RootContent[], parent: Element | null) {
  for (const child of children) {
    if (child.type !== "element") continue;
    decorate(child, parent);
    walk(child.children, child);
  }
}

/** rehype plugin: Markdown output in the look of the rest of the portal. */
export function rehypeUtrechtClasses() {
  return (tree: Root) => walk(tree.children, null);
}
