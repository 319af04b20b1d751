/**
 * A server started over the PostgreSQL store (MARSAD_TEST_DATABASE_URL, default the local `test`
 * database), in a schema of its own dropped at the end (named from MARSAD_TEST_SCHEMA_PREFIX when set).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createPgPool } from "../store/postgres/pg-driver.js";
import { openStore } from "../store/store.js";
import { startServer } from "./server.js";

const URL_ = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RUN = `${process.env.MARSAD_TEST_SCHEMA_PREFIX ?? "marsad_test"}_serve_${process.pid}_${randomBytes(3).toString("hex")}`;

describe("startServer on PostgreSQL", () => {
  it("opens the search connections at start, before any search, and keeps them open", async () => {
    // the application name tells this store's connections from every other client's
    const url = new URL(URL_);
    url.searchParams.set("application_name", RUN);
    const poolSize = 3;
    const store = await openStore(url.toString(), { schema: RUN, poolSize });
    const admin = createPgPool({ connectionString: URL_, max: 1 });
    const server = await startServer(store, 0, "127.0.0.1", { log: () => undefined });
    try {
      // a search connection's last statement is the warm-up's (no search has run)
      const warmed = async () =>
        (await admin.query<{ n: number }>("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'SELECT 1 FROM article_links l, %WHERE false' AND state = 'idle'", [RUN])).rows[0]!.n;
      let n = 0;
      for (let tries = 0; tries < 100 && (n = await warmed()) < poolSize; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(n, poolSize);
      const answer = await fetch(`http://127.0.0.1:${server.port}/api/search?q=${encodeURIComponent("الجسر")}`);
      assert.equal(answer.status, 200);
    } finally {
      await server.close();
      await store.close();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${RUN} CASCADE`);
      } finally {
        await admin.end();
      }
    }
  });
});
