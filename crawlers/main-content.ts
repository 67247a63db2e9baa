/**
 * Generic main-content extraction for pages without a site profile: blocks of real prose
 * (long enough, few links) vote for every element above them; starting from the top, we
 * descend into the child that holds most of the prose while it holds at least
 * `DESCEND_SHARE` of its parent's. This finds the article's container through layout tables
 * and deep nesting alike; prose siblings just before or after it (a lead paragraph outside
 * the body div) are taken along. Link-heavy blocks inside it (related-article lists) are
 * dropped.
 */
import type { AnyNode, Element } from "domhandler";
import type { TextBlock } from "./text-blocks.ts";

/** A block counts as prose from this many characters. */
const PROSE_MIN_CHARS = 25;
/** …and with at most this share of its characters in links. */
const PROSE_MAX_LINK_DENSITY = 0.3;
/** Descend into a child holding at least this share of its parent's prose. */
const DESCEND_SHARE = 0.7;
/** A sibling of the container is taken along only if it holds a block this long (a lead paragraph, not a date line or a tool bar). */
const SIBLING_MIN_BLOCK_CHARS = 80;
/** Blocks in the chosen container with more link text than this are left out. */
const KEEP_MAX_LINK_DENSITY = 0.5;

function isProse(block: TextBlock): boolean {
  return block.text.length >= PROSE_MIN_CHARS && block.linkChars / block.text.length <= PROSE_MAX_LINK_DENSITY;
}

/** The prose characters under each element. */
function proseScores(blocks: readonly TextBlock[]): Map<AnyNode, number> {
  const scores = new Map<AnyNode, number>();
  for (const block of blocks) {
    if (!isProse(block)) continue;
    const weight = block.text.length - block.linkChars;
    for (let node: AnyNode | null = block.container; node; node = node.parent) {
      scores.set(node, (scores.get(node) ?? 0) + weight);
    }
  }
  return scores;
}

function elementChildren(node: AnyNode): Element[] {
  const children = (node as Element).children ?? [];
  return children.filter((c): c is Element => c.type === "tag");
}

/** The element that holds the article's prose, or null when the page has none. */
export function findMainContainer(blocks: readonly TextBlock[], root: AnyNode): Element | null {
  const scores = proseScores(blocks);
  let node: AnyNode = root;
  if ((scores.get(node) ?? 0) === 0) return null;
  for (;;) {
    const total = scores.get(node) ?? 0;
    let best: Element | null = null;
    let bestScore = 0;
    for (const child of elementChildren(node)) {
      const s = scores.get(child) ?? 0;
      if (s > bestScore) {
        best = child;
        bestScore = s;
      }
    }
    if (!best || bestScore < DESCEND_SHARE * total) break;
    node = best;
  }
  return node.type === "tag" ? (node as Element) : null;
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/**
 * The blocks of the main content, in document order: those inside the container, plus prose
 * siblings adjacent to it; link-heavy blocks left out.
 */
export function mainContentBlocks(blocks: readonly TextBlock[], container: Element): TextBlock[] {
  const parent = container.parent;
  const siblings = parent ? elementChildren(parent) : [container];
  const at = siblings.indexOf(container);
  const scores = proseScores(blocks);
  const taken = new Set<AnyNode>([container]);
  const proseSibling = (el: Element) => {
    const inside = blocks.filter((b) => contains(el, b.container));
    const chars = inside.reduce((n, b) => n + b.text.length, 0);
    const links = inside.reduce((n, b) => n + b.linkChars, 0);
    const substantial = inside.some((b) => isProse(b) && b.text.length >= SIBLING_MIN_BLOCK_CHARS);
    return substantial && (scores.get(el) ?? 0) > 0 && chars > 0 && links / chars <= PROSE_MAX_LINK_DENSITY;
  };
  for (let i = at - 1; i >= 0 && proseSibling(siblings[i]!); i--) taken.add(siblings[i]!);
  for (let i = at + 1; i < siblings.length && proseSibling(siblings[i]!); i++) taken.add(siblings[i]!);
  return blocks.filter((b) => {
    if (b.linkChars / b.text.length > KEEP_MAX_LINK_DENSITY) return false;
    for (const el of taken) if (contains(el, b.container)) return true;
    return false;
  });
}
