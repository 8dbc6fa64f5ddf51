/**
 * Values kept by a method (or message type) and a tool name: what depends on these alone is made once and
 * shared. Methods and tool names are few; a peer making up names without end only ever costs the maps
 * their size, as each level is cleared at its bound.
 */
export class ByMethodAndTool<T, V> {
  readonly #byMethod = new Map<string, Map<T, V>>();
  /**
   * The last value found or set, with its method and tool: a session's calls name the same method and tool
   * again and again, which are then compared, not hashed and looked up in two maps.
   */
  #lastMethod: string | undefined;
  #lastTool: T | undefined;
  #last: V | undefined;

  get(method: string, tool: T): V | undefined {
    if (this.#last !== undefined && method === this.#lastMethod && tool === this.#lastTool) return this.#last;
    const value = this.#byMethod.get(method)?.get(tool);
    if (value !== undefined) this.#remember(method, tool, value);
    return value;
  }

  #remember(method: string, tool: T, value: V): void {
    this.#lastMethod = method;
    this.#lastTool = tool;
    this.#last = value;
  }

  set(method: string, tool: T, value: V): V {
    let byTool = this.#byMethod.get(method);
    if (byTool === undefined) {
      if (this.#byMethod.size >= 256) this.#byMethod.clear();
      this.#byMethod.set(method, (byTool = new Map<T, V>()));
    }
    if (byTool.size >= 4096) byTool.clear();
    byTool.set(tool, value);
    this.#remember(method, tool, value);
    return value;
  }
}
