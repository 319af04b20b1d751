/**
 * Feed polling state (migration 9 of both adapters), in SQL both SQLite and PostgreSQL run. One row
 * per feed URL; the state is JSON text, with `next_poll_at` beside it so an operator can ask which
 * feeds are due. A put replaces the row whole: the last poll of a feed is the one that counts.
 */
import type { FeedState } from "../types.js";
import { emptyFeedState } from "../acquire/feeds/feed-state.js";
import type { SqlReader, SqlStatement } from "./connect-sql.js";

interface FeedStateRow {
  state: string;
}

function stateFromRow(row: FeedStateRow, url: string): FeedState {
  const parsed = JSON.parse(row.state) as Partial<FeedState>;
  return { ...emptyFeedState(url), ...parsed, url };
}

export async function readFeedState(db: SqlReader, url: string): Promise<FeedState | null> {
  const [row] = await db.all<FeedStateRow>("SELECT state FROM feed_states WHERE url = ?", [url]);
  return row ? stateFromRow(row, url) : null;
}

export async function readFeedStates(db: SqlReader): Promise<FeedState[]> {
  const rows = await db.all<FeedStateRow & { url: string }>("SELECT url, state FROM feed_states ORDER BY url");
  return rows.map((row) => stateFromRow(row, row.url));
}

export function feedStateStatement(state: FeedState, savedAt: string): SqlStatement {
  return {
    sql: `INSERT INTO feed_states (url, state, next_poll_at, saved_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (url) DO UPDATE SET state = excluded.state, next_poll_at = excluded.next_poll_at, saved_at = excluded.saved_at`,
    params: [state.url, JSON.stringify(state), state.nextPollAt, savedAt],
  };
}
