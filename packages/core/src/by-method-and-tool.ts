/**
 * Values kept by a method (or message type) and a tool name: what depends on these alone is made once and
 * shared. Methods and tool names are few; a peer making up names without end only ever costs the maps
 * their size, as each level is cleared at its bound.
 */
export class ByMethodAndTool<T, V> {
  readonly #byMethod = new Map<string, Map<T, V>>();

  get(method: string, tool: T): V | undefined {
    return this.#byMethod.get(method)?.get(tool);
  }

  set(method: string, tool: T, value: V): V {
    let byTool = this.#byMethod.get(method);
    if (byTool === undefined) {
      if (this.#byMethod.size >= 256) this.#byMethod.clear();
      this.#byMethod.set(method, (byTool = new Map<T, V>()));
    }
    if (byTool.size >= 4096) byTool.clear();
    byTool.set(tool, value);
    return value;
  }
}
