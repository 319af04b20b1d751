/** The sqlite adapter of the Store interface (being written on branch store; see issue #4). */
import type { OpenStoreOptions, Store } from "../store.js";

export async function openSqliteStore(location: string, _options: OpenStoreOptions = {}): Promise<Store> {
  throw new Error(`store/sqlite: adapter not implemented yet (cannot open ${location})`);
}
