/**
 * Exact and near-duplicate detection, online: each article added is compared with those before it
 * and joins a duplicate group or starts one.
 * - Exact: equal content hash (fingerprint.ts) → same group, no further test.
 * - Near: MinHash over k-shingles of analyzed terms; candidates come from LSH banding (`bands` ×
 *   `rows` = `permutations`), each bucket keeping only its `maxBucketSize` most recent members, so
 *   the cost of one add does not grow with the corpus. A candidate is a duplicate when the estimated
 *   Jaccard similarity reaches `jaccard`, or when one text is (nearly) contained in the other:
 *   containment ≥ `containment` with both texts at least `minContainmentShingles` shingles long.
 * - Boilerplate: a shingle seen in `boilerplateSourceGroups` or more non-identical articles of the
 *   same source (a footer, a tag line, a template sentence), or in `boilerplateGlobalGroups`
 *   duplicate groups of all sources, is left out of the fingerprint. Per source every article but an
 *   exact copy counts (template-dominated pages that matched each other must still teach the
 *   template); across sources a group counts once (syndicated copies of one wire in many outlets do
 *   not make its sentences "frequent"). Counts live in a count-min sketch of fixed size (never
 *   undercounts; conservative update keeps overcounting rare).
 * - Every article knows its group and the group's earliest member: the smallest publishedAt, ties
 *   and missing dates broken by id. A group is named after its earliest member, and renamed when an
 *   earlier one joins (the verdict says so), so a group's id does not depend on the arrival order.
 * - A group is a connected component of the duplicate pairs: an article that matches members of
 *   several groups joins its best match and merges the others in (renamed after the earliest
 *   member), so chained near-copies (A~B, B~C, A≁C) end in one group whatever order they arrive in.
 * - Deterministic: same inputs in the same order give the same groups.
 */
import { containmentFromJaccard, estimateJaccard, fingerprintBody, fmix32, fnv1a32, minhash, type BodyFingerprint } from "./fingerprint.js";

export interface DedupOptions {
  /** MinHash permutations. Default 128; must equal bands × rows. */
  permutations: number;
  /** LSH bands. Default 32 (4 rows each: pairs at Jaccard 0.5 become candidates with p ≈ 0.87, at 0.7 with p ≈ 1). */
  bands: number;
  /** Terms per shingle. Default 5. */
  shingleSize: number;
  /** Estimated Jaccard at or above which a candidate is a duplicate. Default 0.6, in (0, 1]. */
  jaccard: number;
  /** Containment at or above which a candidate is a duplicate. Default 0.8, in (0, 1]. */
  containment: number;
  /** Both texts need this many shingles for the containment rule. Default 25. */
  minContainmentShingles: number;
  /** Members kept per LSH bucket (most recent). Default 64. */
  maxBucketSize: number;
  /** A shingle in this many groups of one source is boilerplate. Default 3. */
  boilerplateSourceGroups: number;
  /** A shingle in this many groups of all sources is boilerplate. Default 12. */
  boilerplateGlobalGroups: number;
  /** Counters per row of the boilerplate sketch, a power of two. Default 2^20. */
  sketchWidth: number;
  /**
   * Articles are kept for matching this many hours after their time (publication, else the newest
   * time seen when they were added), then forgotten, so memory follows the window. Default
   * Infinity (keep all).
   */
  retainHours: number;
  /** Adds between two eviction passes. Default 256. */
  evictEvery: number;
}

export const DEFAULT_DEDUP_OPTIONS: DedupOptions = {
  permutations: 128,
  bands: 32,
  shingleSize: 5,
  jaccard: 0.6,
  containment: 0.8,
  minContainmentShingles: 25,
  maxBucketSize: 64,
  boilerplateSourceGroups: 3,
  boilerplateGlobalGroups: 12,
  sketchWidth: 1 << 20,
  retainHours: Number.POSITIVE_INFINITY,
  evictEvery: 256,
};

export interface DedupInput {
  id: string;
  /** Source name or domain; boilerplate is learned per source. */
  source: string | null;
  publishedAt: string | null;
  /** The extracted body (no page chrome). */
  body: string;
}

export type DedupKind = "new" | "exact" | "near";

/** An article the index no longer holds, with the content hash of the one being added (see `addFingerprint`). */
export interface OlderCopy {
  id: string;
  groupId: string;
  earliestId: string;
  /** Publication time of the group's earliest member (ms), null when unknown. */
  earliestTime: number | null;
}

export interface DedupVerdict {
  id: string;
  /** Id of the group: its earliest-published member's id (for groups saved before renaming, the first-added one's until an earlier one joins). */
  groupId: string;
  /** The group's id before this article, earlier than all its members, renamed it; null when not renamed. */
  renamedFrom: string | null;
  /**
   * Every group id this article retired, in order: its best match's group when renamed (as
   * `renamedFrom`), and other groups it also matched, merged into its group; all now `groupId`.
   */
  renames: { from: string; into: string }[];
  /** Id of the group's earliest-published member. */
  earliestId: string;
  kind: DedupKind;
  /** The earlier article that matched, null for "new". */
  matchedId: string | null;
  /** Estimated Jaccard with the matched article (1 for exact), null for "new". */
  jaccard: number | null;
  containment: number | null;
}

interface DocState {
  id: string;
  order: number;
  time: number;
  /** Time that decides when it is forgotten: its own, else the newest seen when it was added. */
  seen: number;
  source: string;
  hash: string;
  signature: Uint32Array;
  shingleCount: number;
  group: GroupState;
}

interface GroupState {
  id: string;
  earliest: { id: string; time: number; order: number };
  members: DocState[];
}

const DEPTH = 4;
const SKETCH_SEEDS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];
const GLOBAL_SOURCE = "\u0000all";
const NO_TIME = Number.POSITIVE_INFINITY;
const HOUR = 3_600_000;

const timeOut = (t: number): number | null => (Number.isFinite(t) ? t : null);
const timeIn = (t: number | null): number => (t === null ? NO_TIME : t);

/** Plain JSON state of a DedupIndex (see `DedupIndex.snapshot`). */
export interface DedupSnapshot {
  version: 1;
  options: Omit<DedupOptions, "retainHours"> & { retainHours: number | null };
  order: number;
  sinceEvict: number;
  newest: number | null;
  groups: { id: string; earliest: { id: string; time: number | null; order: number } }[];
  docs: {
    id: string;
    order: number;
    time: number | null;
    seen: number | null;
    source: string;
    hash: string;
    signature: string;
    shingleCount: number;
    /** Hex bit mask: bit b set = still listed in the bucket of band b. */
    bands: string;
    group: string;
    kind: DedupKind;
    matchedId: string | null;
    jaccard: number | null;
    containment: number | null;
  }[];
  sketch: string;
}

/** Count-min sketch over 32-bit keys with conservative update; counts saturate at 65535. */
class CountMinSketch {
  private readonly rows: Uint16Array[];
  private readonly mask: number;
  /** increment's slots of the key at hand, one a row. */
  private readonly slots = new Int32Array(DEPTH);
  constructor(width: number) {
    if (width <= 0 || (width & (width - 1)) !== 0) throw new Error(`near-dup: sketchWidth must be a power of two, got ${width}`);
    this.mask = width - 1;
    this.rows = Array.from({ length: DEPTH }, () => new Uint16Array(width));
  }
  private slot(key: number, row: number): number {
    return fmix32(key ^ SKETCH_SEEDS[row]!) & this.mask;
  }
  /** The counters, row after row, as the bytes of their Uint16Arrays (a copy). */
  toBytes(): Buffer {
    return Buffer.concat(this.rows.map((r) => Buffer.from(r.buffer, r.byteOffset, r.byteLength)));
  }
  fromBytes(bytes: Uint8Array): void {
    const rowBytes = (this.mask + 1) * 2;
    if (bytes.byteLength !== rowBytes * DEPTH) throw new Error(`near-dup: sketch snapshot has ${bytes.byteLength} bytes, expected ${rowBytes * DEPTH}`);
    for (let r = 0; r < DEPTH; r++) this.rows[r]!.set(new Uint16Array(bytes.buffer.slice(bytes.byteOffset + r * rowBytes, bytes.byteOffset + (r + 1) * rowBytes)));
  }
  /**
   * Whether `estimate(key) < threshold`: true at the first row under it (the minimum is under it
   * when any row is), so a rare key, most of an article's shingles, costs one row's hash, not DEPTH.
   */
  isBelow(key: number, threshold: number): boolean {
    for (let r = 0; r < DEPTH; r++) if (this.rows[r]![this.slot(key, r)]! < threshold) return true;
    return false;
  }
  estimate(key: number): number {
    let min = 0xffff;
    for (let r = 0; r < DEPTH; r++) min = Math.min(min, this.rows[r]![this.slot(key, r)]!);
    return min;
  }
  /** Conservative update: every row's counter at most the minimum + 1 (each row's slot hashed once). */
  increment(key: number): void {
    const slots = this.slots;
    let min = 0xffff;
    for (let r = 0; r < DEPTH; r++) {
      slots[r] = this.slot(key, r);
      min = Math.min(min, this.rows[r]![slots[r]!]!);
    }
    const next = Math.min(0xffff, min + 1);
    for (let r = 0; r < DEPTH; r++) {
      const row = this.rows[r]!;
      if (row[slots[r]!]! < next) row[slots[r]!] = next;
    }
  }
}

function parseTime(iso: string | null): number {
  if (!iso) return NO_TIME;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? NO_TIME : t;
}

/** Time, then id: the earliest member does not depend on the order articles were added in. */
function isEarlier(a: { id: string; time: number }, b: { id: string; time: number }): boolean {
  return a.time < b.time || (a.time === b.time && a.id < b.id);
}

/** A shingle's sketch key within a source: `sourceMix` is fmix32 of the source's hash (sourceMix), made once an article. */
function sourceKey(shingle: number, sourceMix: number): number {
  return fmix32(shingle ^ sourceMix);
}

function sourceMix(source: string): number {
  return fmix32(fnv1a32(source));
}

export class DedupIndex {
  readonly options: DedupOptions;
  private readonly rows: number;
  private readonly docs = new Map<string, DocState>();
  /** Docs held per content hash, in insertion order; the first is the one an exact copy matches. */
  private readonly byHash = new Map<string, DocState[]>();
  private readonly buckets = new Map<number, DocState[]>();
  private readonly sketch: CountMinSketch;
  private readonly verdicts = new Map<string, DedupVerdict>();
  private order = 0;
  private newest = Number.NEGATIVE_INFINITY;
  private sinceEvict = 0;

  constructor(options: Partial<DedupOptions> = {}) {
    for (const key of Object.keys(options)) {
      if (!(key in DEFAULT_DEDUP_OPTIONS)) throw new Error(`near-dup: unknown option "${key}"`);
    }
    this.options = { ...DEFAULT_DEDUP_OPTIONS, ...options };
    const { permutations, bands } = this.options;
    if (bands <= 0 || permutations % bands !== 0) throw new Error(`near-dup: permutations (${permutations}) must be a multiple of bands (${bands})`);
    this.rows = permutations / bands;
    this.sketch = new CountMinSketch(this.options.sketchWidth);
  }

  /** Number of articles added. */
  get size(): number {
    return this.docs.size;
  }

  /** Of `all` shingles, those that are not boilerplate for `source` at this point of the stream. */
  contentShingles(all: Uint32Array, source: string | null): Uint32Array {
    const src = sourceMix(source ?? "");
    const glob = sourceMix(GLOBAL_SOURCE);
    const { boilerplateSourceGroups, boilerplateGlobalGroups } = this.options;
    return all.filter((s) => this.sketch.isBelow(sourceKey(s, src), boilerplateSourceGroups) && this.sketch.isBelow(sourceKey(s, glob), boilerplateGlobalGroups));
  }

  /** Adds one article and returns its verdict; adding an id again returns its first verdict. */
  add(input: DedupInput): DedupVerdict {
    const known = this.verdicts.get(input.id);
    if (known) return known;
    return this.addFingerprint(input, fingerprintBody(input.body, this.options.shingleSize));
  }

  /**
   * Adds an article by its fingerprint (fingerprintBody with this index's shingleSize), e.g. one
   * read back from the store; same verdicts as `add` on the body it was computed from.
   * `olderCopy`: an article with the same content hash that the index no longer holds (found in the
   * store by the caller); the article joins its group as an exact copy when the index holds none.
   */
  addFingerprint(input: Omit<DedupInput, "body">, fingerprint: BodyFingerprint, olderCopy?: OlderCopy): DedupVerdict {
    const known = this.verdicts.get(input.id);
    if (known) return known;
    const { permutations } = this.options;
    const source = input.source ?? "";
    const { hash, shingles: allShingles } = fingerprint;
    const content = this.contentShingles(allShingles, input.source);
    const signature = minhash(content, permutations);
    const time = parseTime(input.publishedAt);
    if (time !== NO_TIME) this.newest = Math.max(this.newest, time);
    const doc: DocState = {
      id: input.id,
      order: this.order++,
      time,
      seen: time !== NO_TIME ? time : this.newest,
      source,
      hash,
      signature,
      shingleCount: content.length,
      group: null as unknown as GroupState,
    };

    let kind: DedupKind = "new";
    let matched: DocState | null = null;
    let alsoMatched: DocState[] = [];
    let jaccard: number | null = null;
    let containment: number | null = null;
    const exact = this.byHash.get(hash)?.[0];
    const outside = !exact && olderCopy && allShingles.length > 0 ? olderCopy : null;
    if (exact && allShingles.length > 0) {
      kind = "exact";
      matched = exact;
      jaccard = 1;
      containment = 1;
    } else if (outside) {
      kind = "exact";
      jaccard = 1;
      containment = 1;
    } else if (content.length > 0) {
      const [best, ...others] = this.candidates(doc);
      if (best) {
        kind = "near";
        matched = best.doc;
        jaccard = best.jaccard;
        containment = best.containment;
        alsoMatched = others.map((o) => o.doc);
      }
    }

    let renamedFrom: string | null = null;
    if (matched || outside) {
      doc.group = matched ? matched.group : (this.heldGroup(outside!.groupId) ?? { id: outside!.groupId, earliest: { id: outside!.earliestId, time: outside!.earliestTime ?? NO_TIME, order: -1 }, members: [] });
      doc.group.members.push(doc);
      if (isEarlier(doc, doc.group.earliest)) {
        doc.group.earliest = { id: doc.id, time: doc.time, order: doc.order };
        renamedFrom = doc.group.id;
        doc.group.id = doc.id;
      }
    } else {
      doc.group = { id: doc.id, earliest: { id: doc.id, time: doc.time, order: doc.order }, members: [doc] };
    }
    const renames = renamedFrom === null ? [] : [{ from: renamedFrom, into: doc.group.id }];
    for (const other of alsoMatched) renames.push(...this.mergeGroups(doc.group, other.group));
    this.countShingles(allShingles, source, kind);
    this.docs.set(doc.id, doc);
    this.holdHash(doc);
    if (content.length > 0) this.indexSignature(doc);

    const verdict: DedupVerdict = {
      id: doc.id,
      groupId: doc.group.id,
      renamedFrom,
      renames,
      earliestId: doc.group.earliest.id,
      kind,
      matchedId: matched?.id ?? outside?.id ?? null,
      jaccard,
      containment,
    };
    this.verdicts.set(doc.id, verdict);
    this.evictStale();
    return verdict;
  }

  /**
   * Moves the members of `from` into `into` (no-op when they are one group already); the merged
   * group is named after the earlier of the two earliest members. Returns the ids retired, as renames.
   */
  private mergeGroups(into: GroupState, from: GroupState): { from: string; into: string }[] {
    if (into === from) return [];
    const intoId = into.id;
    const fromId = from.id;
    if (isEarlier(from.earliest, into.earliest)) {
      into.earliest = from.earliest;
      into.id = from.id;
    }
    for (const member of from.members) {
      member.group = into;
      into.members.push(member);
    }
    from.members = [];
    // verdicts already given keep their group id; the store follows the renames
    return [intoId, fromId].filter((id) => id !== into.id).map((id) => ({ from: id, into: into.id }));
  }

  /** Whether an article with this content hash is held (an exact copy would match it). */
  holdsHash(hash: string): boolean {
    return this.byHash.has(hash);
  }

  /** A group some held article belongs to (rare path: an exact copy of an article no longer held). */
  private heldGroup(groupId: string): GroupState | undefined {
    for (const doc of this.docs.values()) if (doc.group.id === groupId) return doc.group;
    return undefined;
  }

  private holdHash(doc: DocState): void {
    const list = this.byHash.get(doc.hash);
    if (list) list.push(doc);
    else this.byHash.set(doc.hash, [doc]);
  }

  private evictStale(): void {
    // amortized like story closing: one pass every `evictEvery` adds
    if (!Number.isFinite(this.options.retainHours) || ++this.sinceEvict < this.options.evictEvery) return;
    this.sinceEvict = 0;
    const horizon = this.newest - this.options.retainHours * HOUR;
    for (const doc of this.docs.values()) {
      if (!(doc.seen < horizon)) continue;
      this.docs.delete(doc.id);
      this.verdicts.delete(doc.id);
      const sameHash = this.byHash.get(doc.hash)!;
      sameHash.splice(sameHash.indexOf(doc), 1);
      if (sameHash.length === 0) this.byHash.delete(doc.hash);
      const members = doc.group.members;
      members.splice(members.indexOf(doc), 1);
      if (doc.shingleCount > 0) {
        for (const key of this.bandKeys(doc.signature)) {
          const bucket = this.buckets.get(key);
          if (!bucket) continue;
          const i = bucket.indexOf(doc);
          if (i >= 0) bucket.splice(i, 1);
          if (bucket.length === 0) this.buckets.delete(key);
        }
      }
    }
  }

  /** The whole state as plain JSON data; `DedupIndex.restore` gives back an equal index. */
  snapshot(): DedupSnapshot {
    return { ...this.snapshotWithout(), sketch: this.sketch.toBytes().toString("base64") };
  }

  /** Everything of the snapshot but the sketch. */
  private snapshotWithout(): Omit<DedupSnapshot, "sketch"> {
    const docs = [...this.docs.values()].sort((a, b) => a.order - b.order);
    const groups = new Map<string, GroupState>();
    for (const d of docs) groups.set(d.group.id, d.group);
    // which bands still list each doc: buckets drop their oldest past maxBucketSize, so this is
    // what makes a restored index match the uninterrupted one exactly
    const bands = new Map<DocState, bigint>();
    for (const [key, bucket] of this.buckets) {
      const bit = 1n << BigInt(Math.floor(key / 0x100000000));
      for (const d of bucket) bands.set(d, (bands.get(d) ?? 0n) | bit);
    }
    return {
      version: 1,
      options: { ...this.options, retainHours: Number.isFinite(this.options.retainHours) ? this.options.retainHours : null },
      order: this.order,
      sinceEvict: this.sinceEvict,
      newest: Number.isFinite(this.newest) ? this.newest : null,
      groups: [...groups.values()].map((g) => ({ id: g.id, earliest: { id: g.earliest.id, time: timeOut(g.earliest.time), order: g.earliest.order } })),
      docs: docs.map((d) => {
        const v = this.verdicts.get(d.id)!;
        return {
          id: d.id,
          order: d.order,
          time: timeOut(d.time),
          seen: timeOut(d.seen),
          source: d.source,
          hash: d.hash,
          signature: Buffer.from(d.signature.buffer, d.signature.byteOffset, d.signature.byteLength).toString("base64"),
          shingleCount: d.shingleCount,
          bands: (bands.get(d) ?? 0n).toString(16),
          group: d.group.id,
          kind: v.kind,
          matchedId: v.matchedId,
          jaccard: v.jaccard,
          containment: v.containment,
        };
      }),
    };
  }

  /**
   * `snapshot()` with the sketch's counters apart, as raw bytes (its `sketch` field empty), for a
   * binary container: the sketch is most of the state's size (2 MB at the connector's width), and
   * base64 in JSON then gzip cost the writer ~90 ms a save. `restore(snapshot, sketch)` takes both.
   */
  snapshotApart(): { snapshot: DedupSnapshot; sketch: Uint8Array } {
    const sketch = this.sketch.toBytes();
    return { snapshot: { ...this.snapshotWithout(), sketch: "" }, sketch };
  }

  /** The index a snapshot describes; `sketch`: the counters' bytes of a snapshot taken apart (snapshotApart), whose `sketch` field is empty. */
  static restore(snap: DedupSnapshot, sketch?: Uint8Array): DedupIndex {
    if (snap.version !== 1) throw new Error(`near-dup: snapshot version ${String(snap.version)} is not supported`);
    const index = new DedupIndex({ ...snap.options, retainHours: snap.options.retainHours ?? Number.POSITIVE_INFINITY });
    index.order = snap.order;
    index.sinceEvict = snap.sinceEvict;
    index.newest = snap.newest ?? Number.NEGATIVE_INFINITY;
    index.sketch.fromBytes(sketch ?? Buffer.from(snap.sketch, "base64"));
    const groups = new Map<string, GroupState>();
    for (const g of snap.groups) groups.set(g.id, { id: g.id, earliest: { id: g.earliest.id, time: timeIn(g.earliest.time), order: g.earliest.order }, members: [] });
    for (const d of snap.docs) {
      const bytes = Buffer.from(d.signature, "base64");
      const doc: DocState = {
        id: d.id,
        order: d.order,
        time: timeIn(d.time),
        seen: timeIn(d.seen),
        source: d.source,
        hash: d.hash,
        signature: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
        shingleCount: d.shingleCount,
        group: groups.get(d.group)!,
      };
      doc.group.members.push(doc);
      index.docs.set(doc.id, doc);
      index.holdHash(doc);
      if (doc.shingleCount > 0) index.indexSignature(doc, BigInt(`0x${d.bands}`));
      const earliest = doc.group.earliest;
      index.verdicts.set(doc.id, { id: doc.id, groupId: doc.group.id, renamedFrom: null, renames: [], earliestId: earliest.id, kind: d.kind, matchedId: d.matchedId, jaccard: d.jaccard, containment: d.containment });
    }
    return index;
  }

  /** The group of an added article: its id, earliest member and members in insertion order; null if unknown. */
  groupOf(id: string): { groupId: string; earliestId: string; members: string[] } | null {
    const doc = this.docs.get(id);
    if (!doc) return null;
    return { groupId: doc.group.id, earliestId: doc.group.earliest.id, members: doc.group.members.map((d) => d.id) };
  }

  /** Every group with more than one member, members in insertion order, groups by first member. */
  groups(): { groupId: string; earliestId: string; members: string[] }[] {
    const seen = new Set<GroupState>();
    const out: { groupId: string; earliestId: string; members: string[] }[] = [];
    for (const doc of this.docs.values()) {
      if (seen.has(doc.group)) continue;
      seen.add(doc.group);
      if (doc.group.members.length > 1) out.push({ groupId: doc.group.id, earliestId: doc.group.earliest.id, members: doc.group.members.map((d) => d.id) });
    }
    return out;
  }

  private bandKeys(signature: Uint32Array): number[] {
    const keys: number[] = [];
    for (let b = 0; b < this.options.bands; b++) {
      let h = 0x811c9dc5 ^ b;
      for (let r = 0; r < this.rows; r++) h = fmix32(h ^ signature[b * this.rows + r]!);
      // band index in the high bits keeps equal hashes of different bands apart
      keys.push(b * 0x100000000 + h);
    }
    return keys;
  }

  /** Posts a doc in the bucket of each band, or only of the bands set in `bandMask` (bit b = band b). */
  private indexSignature(doc: DocState, bandMask?: bigint): void {
    for (const key of this.bandKeys(doc.signature)) {
      if (bandMask !== undefined && ((bandMask >> BigInt(Math.floor(key / 0x100000000))) & 1n) === 0n) continue;
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      bucket.push(doc);
      if (bucket.length > this.options.maxBucketSize) bucket.shift();
    }
  }

  /** Held articles that are duplicates of `doc`, best first (score, then earliest added). */
  private candidates(doc: DocState): { doc: DocState; jaccard: number; containment: number }[] {
    const seen = new Set<DocState>();
    const found: { doc: DocState; jaccard: number; containment: number; score: number }[] = [];
    const o = this.options;
    for (const key of this.bandKeys(doc.signature)) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      for (const other of bucket) {
        if (seen.has(other)) continue;
        seen.add(other);
        const j = estimateJaccard(doc.signature, other.signature);
        const c = containmentFromJaccard(j, doc.shingleCount, other.shingleCount);
        const longEnough = Math.min(doc.shingleCount, other.shingleCount) >= o.minContainmentShingles;
        if (j < o.jaccard && !(longEnough && c >= o.containment)) continue;
        found.push({ doc: other, jaccard: j, containment: c, score: Math.max(j, c) });
      }
    }
    return found.sort((a, b) => b.score - a.score || a.doc.order - b.doc.order);
  }

  private countShingles(shingles: Uint32Array, source: string, kind: DedupKind): void {
    if (kind === "exact") return;
    const src = sourceMix(source);
    const glob = sourceMix(GLOBAL_SOURCE);
    for (const s of shingles) {
      this.sketch.increment(sourceKey(s, src));
      if (kind === "new") this.sketch.increment(sourceKey(s, glob));
    }
  }
}
