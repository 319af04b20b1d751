/** Validation of outputs against the extract contract (`contract/article.schema.json`). */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv";

const SCHEMA_URL = new URL("../contract/article.schema.json", import.meta.url);

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | null = null;

/** Returns the contract violations of `output` (empty when it conforms). */
export function contractErrors(output: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object;
    validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  if (validator(output)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
}
