/**
 * Where the CLI's store lives: `--db <path-or-url>`, else `MARSAD_DATABASE_URL`, else
 * `$MARSAD_DATA_DIR/marsad.sqlite` (default `./marsad.sqlite`).
 */
import { defaultStoreLocation } from "../store/store.js";

export function storeLocation(flag: string | undefined, env: Record<string, string | undefined> = process.env): string {
  return flag?.trim() || env.MARSAD_DATABASE_URL?.trim() || defaultStoreLocation(env);
}

export const DB_OPTION_HELP = "SQLite file or postgres:// URL (default: $MARSAD_DATABASE_URL, else $MARSAD_DATA_DIR/marsad.sqlite, else ./marsad.sqlite)";
