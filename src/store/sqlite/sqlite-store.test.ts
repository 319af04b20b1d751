import { describeDeadlines, describeStore } from "../store.contract.js";
import { describeConnectContract } from "../connect.contract.js";
import { describeJobsContract } from "../jobs.contract.js";
import { openSqliteStore } from "./sqlite-store.js";

// A fresh in-memory database per test; the file-backed path is exercised by the ingest tests.
describeStore("sqlite", () => openSqliteStore(":memory:"));
describeConnectContract("sqlite", () => openSqliteStore(":memory:"));
describeJobsContract("sqlite", () => openSqliteStore(":memory:"));
describeDeadlines("sqlite", (options) => openSqliteStore(":memory:", options));
