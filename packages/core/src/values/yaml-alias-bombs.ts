// A YAML alias bomb ("billion laughs"): anchors whose nodes hold several aliases of the anchor before, nine
// by nine, so a few hundred bytes expand to millions of nodes in any loader that builds the document. An
// ordinary file uses an anchor for shared defaults (`<<: *defaults`) a few times; its expansion stays the
// size of the file.

/** More nodes than this once every alias is expanded: no configuration is that large. */
export const expansionLimit = 1_000_000;

const maxText = 256 * 1024;
const anchorOrAlias = /([&*])([^\s,[\]{}]+)/g;

/**
 * How many nodes the aliases of a YAML text expand to (the largest anchor's size, counted in aliases
 * resolved), or 0 when it has no anchor. An anchor's node is the rest of its line and the lines indented
 * deeper below it; its size is 1 plus the sizes of the aliases inside. Linear: an alias and a closing anchor each
 * add to one anchor.
 */
export function aliasExpansion(text: string): number {
  if (text.length > maxText || !text.includes('&') || !text.includes('*')) return 0;
  const sizes = new Map<string, number>();
  // Anchors still open, innermost last: name, indentation of the line that opened it, size so far (its own
  // aliases and those of the anchors it held, added when each of them closed).
  const open: { name: string; indent: number; size: number }[] = [];
  let largest = 0;
  const close = (indent: number): void => {
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) {
      const a = open.pop()!;
      sizes.set(a.name, a.size);
      largest = Math.max(largest, a.size);
      // The enclosing anchor holds this one's aliases too (not the node itself, counted in its 1).
      if (open.length > 0) open[open.length - 1]!.size += a.size - 1;
    }
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    close(indent);
    anchorOrAlias.lastIndex = 0;
    for (let m = anchorOrAlias.exec(line); m !== null; m = anchorOrAlias.exec(line)) {
      // `&` and `*` inside a word or a quoted string are no YAML marks.
      const before = m.index === 0 ? ' ' : line[m.index - 1]!;
      if (!/[\s,[{:-]/.test(before)) continue;
      if (m[1] === '&') open.push({ name: m[2]!, indent, size: 1 });
      else {
        // The innermost open anchor holds this alias; the ones around it get it when it closes.
        const size = sizes.get(m[2]!) ?? 1;
        if (open.length > 0) open[open.length - 1]!.size += size;
        else largest = Math.max(largest, size);
      }
      if (largest > expansionLimit) return largest;
    }
  }
  close(-1);
  return largest;
}
