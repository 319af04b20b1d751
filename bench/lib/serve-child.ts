/**
 * The server a load benchmark runs in a process of its own (so the load generator does not share
 * its event loop): opens the store named by argv[2] (argv[3]: a PostgreSQL schema), serves it on 127.0.0.1, prints `listening
 * <port>` and stops on SIGTERM. $MARSAD_BENCH_SEARCH_CACHE: the store's searchCacheEntries.
 * The store is opened as `marsad serve` opens it (SQLite: serveSearchThreads search threads). No connect step: the benchmark measures serving what is stored.
 */
import { openStore } from "../../src/store/store.js";
import { serveSearchThreads, startServer } from "../../src/serve/server.js";

const [location, schema] = process.argv.slice(2);
if (!location) throw new Error("bench/serve-child: usage: serve-child <store> [postgres schema]");
const cache = process.env.MARSAD_BENCH_SEARCH_CACHE;
// as `marsad serve` opens it ($MARSAD_BENCH_SEARCH_THREADS: another number of SQLite search threads)
const threads = process.env.MARSAD_BENCH_SEARCH_THREADS;
const store = await openStore(location, { ...(schema ? { schema } : {}), ...(cache ? { searchCacheEntries: Number(cache) } : {}), searchThreads: threads ? Number(threads) : serveSearchThreads() });
const server = await startServer(store, 0, "127.0.0.1", { log: () => undefined });
process.stdout.write(`listening ${server.port}\n`);
process.once("SIGTERM", () => {
  void server.close().then(() => store.close()).then(() => process.exit(0));
});
