/**
 * The contract suite on a real PostgreSQL server (MARSAD_TEST_DATABASE_URL, default the local
 * `test` database). Every store gets a schema of its own, unique to this run, dropped at the end.
 */
import { after } from "node:test";
import { randomBytes } from "node:crypto";
import { describeStore } from "../store.contract.js";
import { describeConnectContract } from "../connect.contract.js";
import { openPostgresStore } from "./postgres-store.js";
import { createPgPool } from "./pg-driver.js";

const URL_ = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RUN = `marsad_test_${process.pid}_${randomBytes(3).toString("hex")}`;
const schemas: string[] = [];

after(async () => {
  const pool = createPgPool({ connectionString: URL_, max: 1 });
  try {
    for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await pool.end();
  }
});

function freshStore() {
  const schema = `${RUN}_${schemas.length}`;
  schemas.push(schema);
  return openPostgresStore(URL_, { schema, poolSize: 2 });
}

describeStore("postgres", freshStore);
describeConnectContract("postgres", freshStore);
