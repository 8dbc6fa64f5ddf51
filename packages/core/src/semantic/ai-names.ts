/**
 * The names the AI goes by in English, as a regular expression source (lower case, no anchors): "the
 * assistant", "the coding agent", "the calling model", "the AI", "the LLM", "AI agents", "coding agents".
 * The readers that ask whether a text names the AI build their tests from it, each adding what it needs.
 */
export const aiNameSource = String.raw`the (?:ai |coding |calling |llm )?(?:assistant|agent|model)|the ai|the llm|ai (?:assistants?|agents?|models?)|coding agents?|llm agents?`;
