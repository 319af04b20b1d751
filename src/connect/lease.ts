/**
 * The connect lease, kept: taken, renewed by a heartbeat, released, and taken over from a dead
 * holder. Rules:
 * - A holder is named `<host>:<pid>`.
 * - A lease is short (LEASE_MS) and renewed every HEARTBEAT_MS while held, so a holder that dies
 *   (kill -9, a lost machine) blocks others for at most LEASE_MS.
 * - A holder on this host whose process no longer exists is dead: its lease is taken over at once.
 *   A holder on another host cannot be checked: its lease is taken after it expires.
 * - `wait` looks every WAIT_POLL_MS whether the lease is free (its row gone: released) instead of
 *   giving up, and tries to take it every WAIT_TRY_MS (an expired lease keeps its row) or when free.
 *   A lease taken after its holder released it says so (`followsRelease`): that holder's step ended.
 * - A renewal that finds the lease gone marks it lost; the holder checks `isLost` between batches
 *   (and the store refuses a connect step that does not follow the saved state, see connect-sql).
 */
import { hostname } from "node:os";
import type { Store } from "../store/store.js";

/** Long enough for a heartbeat to be missed twice on a loaded machine, short enough to wait out. */
export const LEASE_MS = 60_000;
export const HEARTBEAT_MS = 10_000;
/**
 * A look at whether a waited-for lease is free: one small query. The drained worker that waits for
 * another's connect exits as soon as it ends (at 1 s a look, it waited up to a second more: pgw1).
 */
export const WAIT_POLL_MS = 100;
/** Tries at taking a lease that is still held (an expired one, a dead local holder's). */
export const WAIT_TRY_MS = 1000;

export function defaultHolder(): string {
  return `${hostname()}:${process.pid}`;
}

/** Whether `holder` names a process of this host that no longer runs. */
export function isDeadLocalHolder(holder: string, host: string = hostname()): boolean {
  const at = holder.lastIndexOf(":");
  if (at < 0 || holder.slice(0, at) !== host) return false;
  const pid = Number(holder.slice(at + 1));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists under another user
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export interface LeaseOptions {
  holder: string;
  ttlMs: number;
  heartbeatMs: number;
  /** Wait for the lease instead of returning null when another live process holds it. */
  wait: boolean;
  /** Called when a dead holder's lease is taken over. */
  onTakeOver?: (deadHolder: string) => void;
}

/** A lease held: renewed in the background until released. */
export class HeldLease {
  #timer: NodeJS.Timeout;
  #isLost = false;

  constructor(
    private readonly store: Store,
    readonly name: string,
    private readonly options: LeaseOptions,
    /** Taken after waiting for another holder, who released it (its step ended, see connector.ts). */
    readonly followsRelease = false,
  ) {
    this.#timer = setInterval(() => void this.renew(), options.heartbeatMs);
    this.#timer.unref();
  }

  get isLost(): boolean {
    return this.#isLost;
  }

  /** Renews now; false (and lost) when another process has it. */
  async renew(): Promise<boolean> {
    try {
      if (!(await this.store.acquireLease(this.name, this.options.holder, this.options.ttlMs))) this.#isLost = true;
    } catch {
      // a failed renewal is retried at the next beat; the lease may still expire meanwhile
    }
    return !this.#isLost;
  }

  async release(): Promise<void> {
    clearInterval(this.#timer);
    await this.store.releaseLease(this.name, this.options.holder);
  }
}

/** Takes the lease (see the module rules); null when another live process holds it and `wait` is off. */
export async function takeLease(store: Store, name: string, options: LeaseOptions): Promise<HeldLease | null> {
  const lookEvery = Math.max(1, Math.round(WAIT_TRY_MS / WAIT_POLL_MS));
  for (let look = 0; ; look++) {
    // waiting: a look at the holder, a try when the lease is free (released) or every WAIT_TRY_MS
    const seen = look > 0 && look % lookEvery !== 0 ? await store.leaseHolder(name) : undefined;
    if (seen === undefined || seen === null) {
      if (await store.acquireLease(name, options.holder, options.ttlMs)) return new HeldLease(store, name, options, seen === null);
      const current = await store.leaseHolder(name);
      if (current && isDeadLocalHolder(current) && (await store.acquireLease(name, options.holder, options.ttlMs, { replacing: current }))) {
        options.onTakeOver?.(current);
        return new HeldLease(store, name, options);
      }
      if (!options.wait) return null;
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
  }
}
