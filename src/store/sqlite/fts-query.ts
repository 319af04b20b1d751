/**
 * A parsed query as an FTS5 MATCH expression over the analyzed columns. Rules:
 * - word: its stem in the stem columns (title_s, body_s) and meta, OR its normalized form in the
 *   surface columns (title_n, body_n): BM25 sums both, so an exact surface match ranks higher;
 * - prefix: the normalized prefix in the surface columns and meta; a capped prefix, its forms there
 *   (each form its own BM25 phrase);
 * - phrase: the same two ways, as FTS5 phrases;
 * - a clause ORs its alternatives; clauses are ANDed (or ORed when relaxed); exclusions use NOT.
 */
import type { ParsedQuery, QueryClause, QueryUnit } from "../../search/query.js";

const STEM_COLUMNS = "{title_s body_s meta}";
const SURFACE_COLUMNS = "{title_n body_n}";
const PREFIX_COLUMNS = "{title_n body_n meta}";

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function unitExpression(u: QueryUnit): string {
  if (u.kind === "word") {
    if (u.forms) return `${PREFIX_COLUMNS} : (${u.forms.map(quote).join(" OR ")})`;
    if (u.isPrefix) return `${PREFIX_COLUMNS} : ${quote(u.term.norm)} *`;
    return `(${STEM_COLUMNS} : ${quote(u.term.stem)} OR ${SURFACE_COLUMNS} : ${quote(u.term.norm)})`;
  }
  const stems = u.terms.map((t) => t.stem).join(" ");
  const norms = u.terms.map((t) => t.norm).join(" ");
  return `(${STEM_COLUMNS} : ${quote(stems)} OR ${SURFACE_COLUMNS} : ${quote(norms)})`;
}

function clauseExpression(c: QueryClause): string {
  const alts = c.alternatives.map(unitExpression);
  return alts.length === 1 ? alts[0]! : `(${alts.join(" OR ")})`;
}

/** One MATCH string per positive clause (a relaxed search ranks by how many of them an article matches). */
export function ftsClauses(q: ParsedQuery): string[] {
  return q.must.map(clauseExpression);
}

/** The MATCH string, or null when the query has nothing positive to match. */
export function ftsExpression(q: ParsedQuery, relaxed: boolean): string | null {
  if (q.must.length === 0) return null;
  const positive = q.must.map(clauseExpression).join(relaxed ? " OR " : " AND ");
  if (q.not.length === 0) return positive;
  return `(${positive}) NOT (${q.not.map(clauseExpression).join(" OR ")})`;
}
