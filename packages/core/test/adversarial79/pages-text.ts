// How a browser MCP server answers with a page: Playwright MCP's page state (URL, title, accessibility
// snapshot) and the raw HTML a fetch or get_content tool returns, so each case reads as the page itself.

/** The text Playwright MCP returns after a navigation or a snapshot: URL, title and the accessibility tree. */
export const pageState = (url: string, title: string, tree: string): string =>
  `### Page state\n- Page URL: ${url}\n- Page Title: ${title}\n- Page Snapshot:\n\`\`\`yaml\n${tree}\n\`\`\``;

/** A whole HTML document around a body, as a get_content or fetch tool returns it. */
export const htmlPage = (title: string, body: string, head = ''): string =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}</head>\n<body>\n${body}\n</body>\n</html>`;
