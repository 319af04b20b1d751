/** The value after `name` in a benchmark's arguments, or `fallback` when the flag or its value is absent. */
export function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}
