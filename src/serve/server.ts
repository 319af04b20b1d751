/**
 * Runs the app on a port with @hono/node-server. The only place that listens on a socket.
 */
import { serve, type ServerType } from "@hono/node-server";
import type { Store } from "../store/store.js";
import { createApp, type AppOptions } from "./app.js";

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export async function startServer(store: Store, port: number, host: string, options: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(store, options);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        resolve({
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      });
      server.on("error", reject);
    } catch (error) {
      reject(error as Error);
    }
  });
}
