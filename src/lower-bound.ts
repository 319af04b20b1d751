/**
 * The index of the first item of a sorted array for which `isBefore` is false (the array's length
 * when it holds for every item): where a sorted search starts, by binary search.
 */
export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
