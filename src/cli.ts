#!/usr/bin/env node
import { MARSAD_VERSION } from "./version.js";

// `marsad --version` alone answers before the argument parser and the commands are loaded.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${MARSAD_VERSION}\n`);
} else {
  const { main } = await import("./cli/main.js");
  process.exitCode = await main(process.argv);
}
