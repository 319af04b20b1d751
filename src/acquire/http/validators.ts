/**
 * Conditional GET state: the ETag and Last-Modified a server sent for a URL, replayed as
 * If-None-Match / If-Modified-Since on the next fetch of the same URL. The interface is async so a
 * store adapter can keep it in the database; `MemoryValidatorStore` keeps it for one process.
 */

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface ValidatorStore {
  /** Validators last seen for `url`, or null when none are known. */
  get(url: string): Promise<Validators | null>;
  /** Remembers the validators of a successful (200) response for `url`. */
  set(url: string, validators: Validators): Promise<void>;
}

export class MemoryValidatorStore implements ValidatorStore {
  readonly #byUrl = new Map<string, Validators>();

  async get(url: string): Promise<Validators | null> {
    return this.#byUrl.get(url) ?? null;
  }

  async set(url: string, validators: Validators): Promise<void> {
    this.#byUrl.set(url, validators);
  }
}

/** Request headers that make a GET conditional on the stored validators. */
export function conditionalHeaders(v: Validators | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (v?.etag) headers["if-none-match"] = v.etag;
  if (v?.lastModified) headers["if-modified-since"] = v.lastModified;
  return headers;
}
