/**
 * What `marsad watch` remembers per feed between polls and across restarts: validators for the
 * conditional GET, when to poll next, the keys of items already taken, and how quiet it has been.
 * Rules:
 * - `FeedStateStore` is async so a database adapter can implement it: `storeFeedStates` keeps the
 *   state in marsad's store (the default of `marsad watch`, so watchers on any machine share it);
 *   `MemoryFeedStateStore` serves tests and one-shot runs; `FileFeedStateStore` keeps a JSON file
 *   written atomically (temp file + rename), for `watch --state FILE` and for importing the file
 *   earlier versions kept beside the database.
 * - Seen keys are bounded (`MAX_SEEN_KEYS`, newest kept): a feed only ever shows its latest items.
 */
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { FeedState } from "../../types.js";
import type { ValidatorStore, Validators } from "../http/validators.js";

export type { FeedState };

/** Well above the 10–100 items a news feed lists, so an item is never taken twice. */
export const MAX_SEEN_KEYS = 2000;


export interface FeedStateStore {
  get(url: string): Promise<FeedState | null>;
  put(state: FeedState): Promise<void>;
  list(): Promise<FeedState[]>;
}

export function emptyFeedState(url: string): FeedState {
  return { url, etag: null, lastModified: null, lastPolledAt: null, nextPollAt: null, seenKeys: [], quietPolls: 0, ttlMinutes: null, recentItemDates: [], lastOutcome: null };
}

/** Appends keys, dropping repeats and the oldest beyond MAX_SEEN_KEYS. */
export function withSeenKeys(state: FeedState, keys: string[]): FeedState {
  const set = new Set(state.seenKeys);
  const added = keys.filter((k) => !set.has(k) && (set.add(k), true));
  return { ...state, seenKeys: [...state.seenKeys, ...added].slice(-MAX_SEEN_KEYS) };
}

export class MemoryFeedStateStore implements FeedStateStore {
  protected readonly states = new Map<string, FeedState>();
  async get(url: string): Promise<FeedState | null> {
    return this.states.get(url) ?? null;
  }
  async put(state: FeedState): Promise<void> {
    this.states.set(state.url, state);
  }
  async list(): Promise<FeedState[]> {
    return [...this.states.values()].sort((a, b) => a.url.localeCompare(b.url));
  }
}

export class FileFeedStateStore extends MemoryFeedStateStore {
  #loaded: Promise<void> | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {
    super();
  }

  #load(): Promise<void> {
    this.#loaded ??= readFile(this.path, "utf8").then(
      (text) => {
        const parsed = JSON.parse(text) as { feeds?: FeedState[] };
        for (const s of parsed.feeds ?? []) if (s && typeof s.url === "string") this.states.set(s.url, { ...emptyFeedState(s.url), ...s });
      },
      (error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw new Error(`FileFeedStateStore: cannot read ${this.path}: ${error.message}`);
      },
    );
    return this.#loaded;
  }

  override async get(url: string): Promise<FeedState | null> {
    await this.#load();
    return super.get(url);
  }

  override async list(): Promise<FeedState[]> {
    await this.#load();
    return super.list();
  }

  override async put(state: FeedState): Promise<void> {
    await this.#load();
    await super.put(state);
    const feeds = await super.list();
    this.#writing = this.#writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      const temp = `${this.path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify({ version: 1, feeds }, null, 1));
      await rename(temp, this.path);
    });
    await this.#writing;
  }
}

/**
 * Moves the feed states of a JSON state file (what `watch` kept before the store held them) into
 * `target` once: only when the file exists and `target` holds no feed yet; the file is then renamed
 * `<file>.imported` so a later run does not import it again. Returns how many feeds moved.
 */
export async function importFeedStateFile(path: string, target: FeedStateStore): Promise<number> {
  if (!(await fileExists(path)) || (await target.list()).length > 0) return 0;
  const states = await new FileFeedStateStore(path).list();
  for (const state of states) await target.put(state);
  await rename(path, `${path}.imported`);
  return states.length;
}

async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The feed-state methods of marsad's Store (store/store.ts), named here so acquire needs no store import. */
export interface FeedStateTable {
  getFeedState(url: string): Promise<FeedState | null>;
  putFeedState(state: FeedState, options: { savedAt: string }): Promise<void>;
  listFeedStates(): Promise<FeedState[]>;
}

/** Feed state kept in the store; `clock` stamps each save (ISO). */
export function storeFeedStates(table: FeedStateTable, clock: () => string = () => new Date().toISOString()): FeedStateStore {
  return {
    get: (url) => table.getFeedState(url),
    put: (state) => table.putFeedState(state, { savedAt: clock() }),
    list: () => table.listFeedStates(),
  };
}

/** Conditional-GET validators backed by feed state, so `watch` keeps them across restarts. */
export function feedValidators(states: FeedStateStore): ValidatorStore {
  return {
    async get(url: string): Promise<Validators | null> {
      const s = await states.get(url);
      return s && (s.etag || s.lastModified) ? { etag: s.etag, lastModified: s.lastModified } : null;
    },
    async set(url: string, v: Validators): Promise<void> {
      const s = (await states.get(url)) ?? emptyFeedState(url);
      await states.put({ ...s, etag: v.etag, lastModified: v.lastModified });
    },
  };
}
