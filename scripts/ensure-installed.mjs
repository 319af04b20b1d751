#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing or older than package-lock.json, so `npm start` and
// `npm test` work on a fresh clone without a separate install step. Plain JS: runs before any install.
// `--verbose` (npm start) also says when nothing is to be done.
import { existsSync, statSync } from "node:fs";
import { execSync } from "node:child_process";

const marker = "node_modules/.package-lock.json";
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync("package-lock.json").mtimeMs;
if (stale) {
  console.error("marsad: installing dependencies (npm ci); the first install compiles better-sqlite3 from source, which takes a few minutes on 2 cores…");
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
  console.error("marsad: dependencies installed");
} else if (process.argv.includes("--verbose")) {
  console.error("marsad: dependencies already installed (node_modules is newer than package-lock.json)");
}
