/** An evaluation's usage: the doc comment that opens its source (eval/<name>.ts), without the comment marks. */
export function usageOf(source: string): string {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n")
    .trim();
}
