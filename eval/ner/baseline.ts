/**
 * The tagger marsad shipped before issue 11 (commit BASELINE_COMMIT: averaged perceptron on ANERcorp
 * train, models/ner-anercorp.json.gz), for evaluations and benchmarks that report the current
 * tagger beside it in the same run:
 * - its code and model are read from git history (`git archive`) into the cache directory once,
 *   then imported as they were (tsx compiles them): no copy of the old code lives in the tree;
 * - CoNLL sentences are tagged as its own evaluation did (document windows of 15 sentences).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { CACHE_DIR } from "../../scripts/ner/word-classes.js";

export const BASELINE_COMMIT = "65ff9e8";
const PATHS = ["src/understand/entities", "src/arabic", "src/seeded-random.ts", "src/types.ts", "models/ner-anercorp.json.gz"];
const WINDOW = 15;

export interface BaselineTagger {
  label: string;
  /** Bytes of the model file. */
  modelBytes: number;
  load(): void;
  tagSentences(sentences: readonly { tokens: string[] }[]): string[][];
  /** Recognize + merge over an article's text (bench). */
  entities(text: string): unknown;
}

interface OldModule {
  tagTokens(tokens: string[], model: unknown, doc?: unknown): string[];
  recognizeEntities(text: string, options?: { model?: unknown }): unknown[];
}

export async function loadBaseline(): Promise<BaselineTagger> {
  const dir = `${CACHE_DIR}/baseline-${BASELINE_COMMIT}`;
  if (!existsSync(`${dir}/models/ner-anercorp.json.gz`)) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync("git", ["archive", "--format=tar", BASELINE_COMMIT, ...PATHS], { cwd: new URL("../..", import.meta.url), maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
  }
  const base = pathToFileURL(`${dir}/src/understand/entities/`);
  const recognize = (await import(new URL("recognize.ts", base).href)) as OldModule;
  const features = (await import(new URL("features.ts", base).href)) as { documentStats(s: string[][]): unknown };
  const modelFile = (await import(new URL("model-file.ts", base).href)) as { loadDefaultModel(): unknown };
  const merge = (await import(new URL("merge.ts", base).href)) as { mergeEntities(spans: unknown[]): unknown };
  const { statSync } = await import("node:fs");
  let model: unknown = null;
  return {
    label: `shipped before (${BASELINE_COMMIT})`,
    modelBytes: statSync(`${dir}/models/ner-anercorp.json.gz`).size,
    load: () => {
      model = modelFile.loadDefaultModel();
    },
    tagSentences(sentences) {
      model ??= modelFile.loadDefaultModel();
      return sentences.map((s, i) => recognize.tagTokens(s.tokens, model, features.documentStats(sentences.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).map((x) => x.tokens))));
    },
    entities(text) {
      model ??= modelFile.loadDefaultModel();
      return merge.mergeEntities(recognize.recognizeEntities(text, { model }));
    },
  };
}
