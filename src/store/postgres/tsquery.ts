/**
 * A parsed query as a PostgreSQL tsquery (text form, read with `to_tsquery('simple', …)`) over the
 * analyzed-terms tsvector. Mirrors sqlite/fts-query.ts:
 * - word: its stem OR its normalized form; prefix: the normalized prefix with `:*`;
 * - phrase: stems adjacent (`<->`) OR normalized forms adjacent;
 * - a clause ORs its alternatives; clauses are ANDed (ORed when relaxed); exclusions use `& !`.
 */
import type { ParsedQuery, QueryClause, QueryUnit } from "../../search/query.js";

function lexeme(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

function phrase(terms: string[]): string {
  return terms.length === 1 ? lexeme(terms[0]!) : `(${terms.map(lexeme).join(" <-> ")})`;
}

function unitExpression(u: QueryUnit): string {
  if (u.kind === "word") {
    if (u.isPrefix) return `${lexeme(u.term.norm)}:*`;
    return u.term.stem === u.term.norm ? lexeme(u.term.norm) : `(${lexeme(u.term.stem)} | ${lexeme(u.term.norm)})`;
  }
  return `(${phrase(u.terms.map((t) => t.stem))} | ${phrase(u.terms.map((t) => t.norm))})`;
}

function clauseExpression(c: QueryClause): string {
  const alts = c.alternatives.map(unitExpression);
  return alts.length === 1 ? alts[0]! : `(${alts.join(" | ")})`;
}

/** The tsquery text, or null when the query has nothing positive to match. */
export function tsqueryText(q: ParsedQuery, relaxed: boolean): string | null {
  if (q.must.length === 0) return null;
  const positive = q.must.map(clauseExpression).join(relaxed ? " | " : " & ");
  if (q.not.length === 0) return positive;
  return `(${positive}) & !(${q.not.map(clauseExpression).join(" | ")})`;
}
