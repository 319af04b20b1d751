/**
 * The fixed DEV/TEST halves of the public HTML extraction suites, set by rule before any weight was
 * learned: TEST when the first hex digit of SHA-256 `marsad-html-split:<suite>/<page id>` is 0–7,
 * else DEV. Weights are learned on DEV (`npm run train -- extract-html`); TEST is what is reported.
 */
import { createHash } from "node:crypto";

export type Split = "dev" | "test";

export function splitOf(suite: string, id: string): Split {
  return parseInt(createHash("sha256").update(`marsad-html-split:${suite}/${id}`).digest("hex")[0]!, 16) < 8 ? "test" : "dev";
}
