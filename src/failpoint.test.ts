import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseFailpoints } from "./failpoint.js";

test("failpoints parse name=N lists and name the bad part", () => {
  assert.deepEqual([...parseFailpoints(" ingest.stored=3 , connect.article=12 ")], [["ingest.stored", 3], ["connect.article", 12]]);
  assert.deepEqual([...parseFailpoints("")], []);
  assert.throws(() => parseFailpoints("ingest.stored=0"), /"ingest\.stored=0" is not name=N/);
  assert.throws(() => parseFailpoints("ingest.stored"), /"ingest\.stored" is not name=N/);
});

test("a failpoint kills its process on the configured pass, not before", () => {
  const module = fileURLToPath(new URL("./failpoint.js", import.meta.url));
  const script = `const { failpoint } = await import(${JSON.stringify(module)}); for (let i = 1; i <= 5; i++) { failpoint("p.x"); console.log(i); }`;
  const run = (spec: string) => spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, MARSAD_FAILPOINTS: spec }, encoding: "utf8" });
  const killed = run("p.x=3");
  assert.equal(killed.signal, "SIGKILL");
  assert.equal(killed.stdout, "1\n2\n");
  const untouched = run("other.point=1");
  assert.equal(untouched.status, 0);
  assert.equal(untouched.stdout, "1\n2\n3\n4\n5\n");
});
