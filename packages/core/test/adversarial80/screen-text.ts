// How a desktop, phone or home server answers with what it sees: a computer-use screenshot's OCR text beside its
// window list, a phone screen's accessibility dump, and a Home Assistant entity state, so each case reads as
// the screen or the device itself.

/** The text a computer-use MCP server returns with a screenshot: the frontmost window, the window list and the OCR. */
export const screenText = (front: string, windows: readonly string[], ocr: string): string =>
  `Screenshot taken (2560x1440, scaled to 1280x720).\nFrontmost window: ${front}\nOpen windows:\n${windows.map((w) => `  - ${w}`).join('\n')}\nOCR text:\n${ocr}`;

/** The JSON of one Home Assistant entity state, as the REST API and its MCP servers return it. */
export const entityState = (entityId: string, state: string, attributes: Record<string, unknown>): string =>
  JSON.stringify({ entity_id: entityId, state, attributes, last_changed: '2026-12-07T11:42:10.512+00:00', last_updated: '2026-12-07T11:42:10.512+00:00' }, null, 2);

/** A phone screen as uiautomator dumps it: the package in front and the nodes' text. */
export const phoneScreen = (pkg: string, nodes: readonly string[]): string =>
  `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<hierarchy rotation="0">\n<node package="${pkg}" class="android.widget.FrameLayout">\n${nodes.map((t, i) => `  <node index="${i}" text="${t}" class="android.widget.TextView" package="${pkg}" />`).join('\n')}\n</node>\n</hierarchy>`;
