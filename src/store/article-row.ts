/** The `articles` row both adapters' migrations create (same columns in SQLite and PostgreSQL). */
import type { ArticleSummary } from "./store.js";
import { ownOutlet } from "./outlets.js";

export interface ArticleRow {
  row: number;
  id: string;
  key: string;
  input: string;
  content_hash: string;
  version: number;
  title: string;
  body: string;
  published_at: string | null;
  language: string;
  source_name: string | null;
  source_domain: string | null;
  source_key: string;
  url: string | null;
  first_stored_at: string;
  last_stored_at: string;
}

export function summaryFromRow(r: Pick<ArticleRow, "id" | "key" | "url" | "title" | "published_at" | "language" | "source_name" | "source_domain" | "source_key" | "version">): ArticleSummary {
  return {
    id: r.id,
    key: r.key,
    url: r.url,
    title: r.title,
    publishedAt: r.published_at,
    language: r.language,
    source: { name: r.source_name, domain: r.source_domain },
    sourceKey: r.source_key,
    outlet: ownOutlet(r.source_key, r.source_name, r.source_domain),
    version: r.version,
  };
}
