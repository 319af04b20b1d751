const { openStore } = await import("/work/wt-web/src/store/store.ts");
const { createApp } = await import("/work/wt-web/src/serve/app.ts");
const store = await openStore(process.argv[2]);
const app = createApp(store, { log: console.error });
for (const path of process.argv.slice(3)) {
  const t = performance.now();
  const r = await app.request(path);
  const text = await r.text();
  console.log("==", path, r.status, (performance.now() - t).toFixed(1), "ms", text.length, "bytes");
  if (process.env.SHOW) console.log(text.replace(/<svg[\s\S]*?<\/svg>/g, "[svg]").replace(/<details[\s\S]*?<\/details>/g, "[table]").replace(/<head>[\s\S]*?<\/header>/, ""));
}
await store.close();
