/**
 * `marsad connect`: connects the stored articles waiting in the queue (duplicate groups, stories,
 * story records); `ingest`, `watch` and `serve --ingest` run the same step after storing.
 */
import type { Command } from "commander";
import type { ConnectReport, Connector } from "../connect/connector.js";
import type { Store } from "../store/store.js";
import { openCliStore } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { writeLine } from "./output.js";
import { messages } from "./messages.js";

export function describeConnect(r: ConnectReport): string {
  return r.skipped ? messages().connectSkipped(r.holder) : messages().connectReport(r);
}

/** Runs one connect step and reports it on stderr as `<who>: …`; `wait` waits for another process's lease. */
export async function connectStore(store: Store, who: string, options: { wait?: boolean; report?: ConnectReport } = {}, connector?: Connector): Promise<ConnectReport> {
  connector ??= new (await import("../connect/connector.js")).Connector();
  const report = await connector.connectPending(store, new Date().toISOString(), {
    wait: options.wait ?? false,
    report: options.report,
    onTakeOver: (dead) => process.stderr.write(`${who}: took over the connect lease of ${dead}, which no longer runs\n`),
  });
  if (report.skipped || report.connected > 0 || report.refreshed > 0) process.stderr.write(`${who}: ${describeConnect(report)}\n`);
  return report;
}

/** Whether a connect step left stored articles unconnected (the command then exits non-zero). */
export async function leftUnconnected(store: Store, report: ConnectReport): Promise<boolean> {
  return report.skipped && (await store.pendingConnections(1)).length > 0;
}

export function registerConnect(program: Command): void {
  program
    .command("connect")
    .description("group duplicates and cluster stories for the stored articles not connected yet")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--json", "print the report as JSON")
    .option("--wait", "wait while another process is connecting this store, then connect what is left")
    .action(async (flags: { db?: string; json?: boolean; wait?: boolean }) => {
      const store = await openCliStore(storeLocation(flags.db));
      try {
        const report = await connectStore(store, "marsad connect", { wait: flags.wait });
        await store.refreshStatistics();
        if (!report.skipped && report.connected === 0 && report.refreshed === 0) process.stderr.write(`marsad connect: ${messages().connectNothing}\n`);
        if (flags.json) await writeLine(JSON.stringify(report, null, 2));
        if (await leftUnconnected(store, report)) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
