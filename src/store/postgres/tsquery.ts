/**
 * marsad's analyzed terms as PostgreSQL text search values, laid out so that PostgreSQL can match
 * and rank them as SQLite's FTS5 table does (sqlite/fts-query.ts, sqlite/migrations.ts). Rules:
 * - One tsvector per article holds the five FTS5 columns as five lexeme namespaces: a one-character
 *   field code before each term (title stems, title forms, body stems, body forms, meta), each field
 *   with its own positions (1-based), so a phrase never spans two fields. Built as a tsvector literal
 *   from the analyzer's terms (no PostgreSQL parser or dictionary touches them).
 * - PostgreSQL's limits: positions above 16,383 and more than 256 positions of one lexeme are not
 *   kept (the field's terms past position 16,383 are left out of the tsvector and of the statistics),
 *   a lexeme longer than 2,046 bytes is skipped, and new lexemes stop at 900,000 bytes of lexemes.
 * - Matching mirrors FTS5: a word is its stem in title/body stems and meta, OR its form in title/body
 *   forms; a prefix is the form prefix in title/body forms and meta; a phrase the same two ways with
 *   adjacent positions; a clause ORs its alternatives; clauses are ANDed (ORed when relaxed);
 *   exclusions use `& !`.
 * - BM25 "phrases" are FTS5's: each word gives a stem phrase (fields title stems ×4, body stems ×1,
 *   meta ×2) and a form phrase (title forms ×1, body forms ×0.25); a prefix gives one phrase (title
 *   forms, body forms, meta); a capped prefix one phrase per form searched (the same fields, its `n:` frequency,
 *   as FTS5 makes each form of `{…} : (a OR b)` a phrase). Document frequencies are kept per side: `s:<term>` for the stem side
 *   (title stems ∪ body stems ∪ meta), `n:<term>` for the form side (title forms ∪ body forms).
 */
import type { ParsedQuery, QueryClause, QueryUnit } from "../../search/query.js";
import { WEIGHTS } from "../search-engine.js";
import type { IndexFields } from "../document.js";

/** Field codes: the first character of every lexeme. Keep in sync with the SQL in migrations.ts (version 6). */
export const FIELD = { titleStems: "1", titleForms: "2", bodyStems: "3", bodyForms: "4", meta: "5" } as const;
const STEM_SIDE = new Set<string>([FIELD.titleStems, FIELD.bodyStems, FIELD.meta]);
/** Where a prefix (or the forms of a capped one) is searched: FTS5's `{title_n body_n meta}`. */
const PREFIX_FIELDS = [FIELD.titleForms, FIELD.bodyForms, FIELD.meta] as const;
const PREFIX_WEIGHTS = [[FIELD.titleForms, WEIGHTS.titleSurface], [FIELD.bodyForms, WEIGHTS.bodySurface], [FIELD.meta, WEIGHTS.meta]] as const;

// PostgreSQL's tsvector limits (tsearch/ts_type.h): MAXENTRYPOS, MAXNUMPOS, MAXSTRLEN, MAXSTRPOS.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 2046;
// Below MAXSTRPOS (1 MiB) with room for the escaping.
const MAX_LEXEME_TOTAL_BYTES = 900_000;

/** An article's index in PostgreSQL: the tsvector literal, FTS5's row size and the terms per side. */
export interface PgIndex {
  tsvector: string;
  /** Tokens in all five fields (FTS5's row size in tokens, BM25's document length). */
  docLength: number;
  /** Distinct terms of the stem side (document frequency keys `s:<term>`) and of the form side (`n:<term>`). */
  stemTerms: string[];
  formTerms: string[];
}

function quoteLexeme(s: string): string {
  // most lexemes have neither character: skipping both scans was a quarter of pgIndex's time
  if (!s.includes("\\") && !s.includes("'")) return `'${s}'`;
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** The tsvector literal and statistics of an article's analyzed fields. */
export function pgIndex(index: IndexFields): PgIndex {
  const stemTerms = new Set<string>();
  const formTerms = new Set<string>();
  const parts: string[] = [];
  let docLength = 0;
  let bytes = 0;
  const fields: [string, string][] = [
    [FIELD.titleStems, index.titleStems], [FIELD.titleForms, index.titleNorms], [FIELD.bodyStems, index.bodyStems], [FIELD.bodyForms, index.bodyNorms], [FIELD.meta, index.meta],
  ];
  for (const [code, text] of fields) {
    const tokens = text.split(" ").filter(Boolean);
    docLength += tokens.length;
    const side = STEM_SIDE.has(code) ? stemTerms : formTerms;
    // keyed by the token, not by its lexeme (code + token): no new string for each token read
    const positions = new Map<string, number[]>();
    for (let i = 0; i < tokens.length && i < MAX_POSITION; i++) {
      const token = tokens[i]!;
      let list = positions.get(token);
      if (!list) {
        const size = code.length + Buffer.byteLength(token);
        if (size > MAX_LEXEME_BYTES || bytes + size > MAX_LEXEME_TOTAL_BYTES) continue;
        bytes += size;
        list = [];
        positions.set(token, list);
        side.add(token);
      }
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(i + 1);
    }
    for (const [token, list] of positions) parts.push(`${quoteLexeme(code + token)}:${list.join(",")}`);
  }
  return { tsvector: parts.join(" "), docLength, stemTerms: [...stemTerms], formTerms: [...formTerms] };
}

/** One BM25 phrase: its lexemes in each field with the field's weight, and its document-frequency key. */
export interface RankPhrase {
  /** Per field: the lexemes (a phrase's words, in order; a prefix: one `lexeme:*`) and the weight. */
  fields: { lexemes: string[]; weight: number; isPrefix: boolean }[];
  /** `s:`/`n:` key of a single word; null for phrases and prefixes (their frequency is estimated). */
  dfKey: string | null;
  /** The words' keys of a phrase (its frequency is taken as the rarest word's). */
  wordKeys: string[];
  /** A prefix's match expression (its frequency is counted, bounded). */
  prefixQuery: string | null;
}

function tsLexeme(code: string, term: string): string {
  return quoteLexeme(code + term);
}

function unitExpression(u: QueryUnit): string {
  if (u.kind === "word") {
    if (u.forms) return `(${u.forms.flatMap((f) => PREFIX_FIELDS.map((c) => tsLexeme(c, f))).join(" | ")})`;
    if (u.isPrefix) return `(${PREFIX_FIELDS.map((c) => `${tsLexeme(c, u.term.norm)}:*`).join(" | ")})`;
    const stems = [FIELD.titleStems, FIELD.bodyStems, FIELD.meta].map((c) => tsLexeme(c, u.term.stem));
    const forms = [FIELD.titleForms, FIELD.bodyForms].map((c) => tsLexeme(c, u.term.norm));
    return `(${[...stems, ...forms].join(" | ")})`;
  }
  const phrase = (code: string, terms: string[]) => (terms.length === 1 ? tsLexeme(code, terms[0]!) : `(${terms.map((t) => tsLexeme(code, t)).join(" <-> ")})`);
  const stems = u.terms.map((t) => t.stem);
  const forms = u.terms.map((t) => t.norm);
  return `(${[...[FIELD.titleStems, FIELD.bodyStems, FIELD.meta].map((c) => phrase(c, stems)), ...[FIELD.titleForms, FIELD.bodyForms].map((c) => phrase(c, forms))].join(" | ")})`;
}

function clauseExpression(c: QueryClause): string {
  const alts = c.alternatives.map(unitExpression);
  return alts.length === 1 ? alts[0]! : `(${alts.join(" | ")})`;
}

/** The tsquery text (read with `::tsquery`), or null when the query has nothing positive to match. */
export function tsqueryText(q: ParsedQuery, relaxed: boolean): string | null {
  if (q.must.length === 0) return null;
  const positive = q.must.map(clauseExpression).join(relaxed ? " | " : " & ");
  if (q.not.length === 0) return positive;
  return `(${positive}) & !(${q.not.map(clauseExpression).join(" | ")})`;
}

/**
 * The strict match of a query whose one positive clause holds a capped prefix, as tsquery texts
 * whose union is that match: one per form of the prefix, one per other alternative, each with the
 * exclusions ((A | B) & !N = (A & !N) | (B & !N)); null for any other query. A GIN scan of a
 * 60-lexeme OR tested every match against the whole OR (a capped two-letter prefix at 100k
 * articles, 33,727 matches: 87–103 ms in the index); one scan a form, ORed as bitmaps: 8–23 ms.
 * Only there: split alike, a clause of a word and its entity spellings took twice as long (page
 * queries at 100k: `newest` 22 → 48 ms, one of 30 over a second).
 */
export function tsqueryPieces(q: ParsedQuery): string[] | null {
  if (q.must.length !== 1 || !q.must[0]!.alternatives.some((u) => u.kind === "word" && u.forms)) return null;
  const pieces = q.must[0]!.alternatives.flatMap((u) =>
    u.kind === "word" && u.forms ? u.forms.map((f) => `(${PREFIX_FIELDS.map((c) => tsLexeme(c, f)).join(" | ")})`) : [unitExpression(u)],
  );
  if (q.not.length === 0) return pieces;
  const excluded = q.not.map(clauseExpression).join(" | ");
  return pieces.map((p) => `${p} & !(${excluded})`);
}

/** One tsquery text per positive clause (a relaxed search ranks by how many an article matches). */
export function tsqueryClauses(q: ParsedQuery): string[] {
  return q.must.map(clauseExpression);
}

/** The BM25 phrases of the query's positive units, as FTS5 counts them (see the module rules). */
export function rankPhrases(q: ParsedQuery): RankPhrase[] {
  const out: RankPhrase[] = [];
  for (const u of q.must.flatMap((c) => c.alternatives)) {
    if (u.kind === "word" && u.forms) {
      for (const form of u.forms) {
        out.push({ fields: PREFIX_WEIGHTS.map(([c, weight]) => ({ lexemes: [c + form], weight, isPrefix: false })), dfKey: `n:${form}`, wordKeys: [], prefixQuery: null });
      }
      continue;
    }
    if (u.kind === "word" && u.isPrefix) {
      const fields = PREFIX_WEIGHTS.map(([c, weight]) => ({ lexemes: [c + u.term.norm], weight, isPrefix: true }));
      out.push({ fields, dfKey: null, wordKeys: [], prefixQuery: unitExpression(u) });
      continue;
    }
    const terms = u.kind === "word" ? [u.term] : u.terms;
    const isPhrase = terms.length > 1;
    const stemFields = ([[FIELD.titleStems, WEIGHTS.title], [FIELD.bodyStems, WEIGHTS.body], [FIELD.meta, WEIGHTS.meta]] as const).map(([c, weight]) => ({
      lexemes: terms.map((t) => c + t.stem), weight, isPrefix: false,
    }));
    const formFields = ([[FIELD.titleForms, WEIGHTS.titleSurface], [FIELD.bodyForms, WEIGHTS.bodySurface]] as const).map(([c, weight]) => ({
      lexemes: terms.map((t) => c + t.norm), weight, isPrefix: false,
    }));
    out.push({ fields: stemFields, dfKey: isPhrase ? null : `s:${terms[0]!.stem}`, wordKeys: terms.map((t) => `s:${t.stem}`), prefixQuery: null });
    out.push({ fields: formFields, dfKey: isPhrase ? null : `n:${terms[0]!.norm}`, wordKeys: terms.map((t) => `n:${t.norm}`), prefixQuery: null });
  }
  return out;
}

/** A single lexeme (or `lexeme:*`) as tsquery text. */
export function lexemeQuery(lexeme: string, isPrefix: boolean): string {
  return isPrefix ? `${quoteLexeme(lexeme)}:*` : quoteLexeme(lexeme);
}
