/** The CLI's HTTP client from its fetching flags (web-sources.ts `addFetchOptions`). */
import { HttpClient, type HttpClientOptions } from "../acquire/http/client.js";
import type { ValidatorStore } from "../acquire/http/validators.js";
import type { FetchFlags } from "./web-sources.js";

/** Flags, then `MARSAD_ALLOW_PRIVATE=1`, `MARSAD_CONTACT`, then defaults. */
export function httpClientFromFlags(
  flags: FetchFlags,
  log: (line: string) => void,
  extra: { validators?: ValidatorStore } = {},
  env: Record<string, string | undefined> = process.env,
): HttpClient {
  const options: Partial<HttpClientOptions> = {
    allowPrivate: flags.allowPrivate === true || env.MARSAD_ALLOW_PRIVATE === "1",
    ignoreRobots: flags.ignoreRobots === true,
    contact: flags.contact ?? env.MARSAD_CONTACT ?? null,
    log,
  };
  if (flags.timeout) options.totalTimeoutMs = Math.round(flags.timeout * 1000);
  if (flags.hostInterval !== undefined) options.limiter = { hostIntervalMs: flags.hostInterval };
  if (extra.validators) options.validators = extra.validators;
  return new HttpClient(options);
}
