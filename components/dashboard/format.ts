/** A number to two decimals, with a true minus sign. */
export function decimal(n: number): string {
  return n.toFixed(2).replace(/^-/, "−");
}

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
