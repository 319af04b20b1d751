/**
 * What `marsad watch` remembers per feed between polls and across restarts: validators for the
 * conditional GET, when to poll next, the keys of items already taken, and how quiet it has been.
 * Rules:
 * - `FeedStateStore` is async so a database adapter can implement it; `MemoryFeedStateStore`
 *   serves tests and one-shot runs, `FileFeedStateStore` keeps a JSON file written atomically
 *   (temp file + rename), so a kill mid-write leaves the previous state intact.
 * - Seen keys are bounded (`MAX_SEEN_KEYS`, newest kept): a feed only ever shows its latest items.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { IsoDate } from "../../types.js";
import type { ValidatorStore, Validators } from "../http/validators.js";

/** Well above the 10–100 items a news feed lists, so an item is never taken twice. */
export const MAX_SEEN_KEYS = 2000;

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: IsoDate | null;
  nextPollAt: IsoDate | null;
  /** Item keys (GUID and canonical URL) already taken, oldest first. */
  seenKeys: string[];
  quietPolls: number;
  /** The feed's own TTL in minutes, from its last 200. */
  ttlMinutes: number | null;
  /** Publication dates of the newest items seen (for the observed update rate), newest first. */
  recentItemDates: IsoDate[];
  /** One-line outcome of the last poll (`200 3 new`, `304`, `fetch-timeout`). */
  lastOutcome: string | null;
}

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
