// Preloaded into a marsad process by the hostile tests (`node --import`): at exit, writes the
// process's own peak resident set size in bytes to $MARSAD_PEAK_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.MARSAD_PEAK_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
