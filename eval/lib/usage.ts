/** The usage of an evaluation or a benchmark: the doc comment that opens its source (eval/<name>.ts, bench/<name>.ts), without the comment marks. */
export function usageOf(source: string): string {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n")
    .trim();
}
