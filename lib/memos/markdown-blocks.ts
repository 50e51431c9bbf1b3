import type { List, ListItem, Nodes, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** A memo's Markdown as plain blocks a PDF can lay out: headings, paragraphs, lists and quotes. */
export type TextBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "quote"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "rule" };

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Inline text without its mark-up; a link keeps its address when that differs from its text, so paper still has it. */
function inline(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return "\n";
  if (node.type === "image" || node.type === "html") return "";
  if (node.type === "link") {
    const text = node.children.map(inline).join("");
    const address = node.url.replace(/^mailto:/, "");
    return text === address || text === node.url ? text : `${text} (${address})`;
  }
  return "children" in node ? (node.children as Nodes[]).map(inline).join("") : "";
}

function listItems(list: List, depth = 0): string[] {
  return list.children.flatMap((item: ListItem, index) => {
    const marker = list.ordered ? `${(list.start ?? 1) + index}.` : "•";
    const indent = "   ".repeat(depth);
    const own = item.children.filter((c) => c.type !== "list").map(inline).join(" ");
    const nested = item.children.filter((c): c is List => c.type === "list").flatMap((c) => listItems(c, depth + 1));
    return [`${indent}${marker} ${own}`, ...nested];
  });
}

function blocksOf(node: RootContent): TextBlock[] {
  switch (node.type) {
    case "heading":
      return [{ kind: "heading", text: inline(node) }];
    case "paragraph":
      return [{ kind: "paragraph", text: inline(node) }];
    case "list":
      return [{ kind: "list", items: listItems(node) }];
    case "blockquote":
      return [{ kind: "quote", text: node.children.map(inline).join("\n") }];
    case "code":
      return [{ kind: "paragraph", text: node.value }];
    case "thematicBreak":
      return [{ kind: "rule" }];
    case "table":
      return [{ kind: "list", items: node.children.map((row) => row.children.map(inline).join(" | ")) }];
    default:
      return [];
  }
}

export function markdownBlocks(markdown: string): TextBlock[] {
  const tree = parser.parse(markdown) as Root;
  return tree.children.flatMap(blocksOf).filter((b) => b.kind === "rule" || (b.kind === "list" ? b.items.length > 0 : b.text.trim() !== ""));
}
