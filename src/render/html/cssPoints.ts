/** A length in points for CSS, without trailing zeros: `10.5pt`, `18pt`. */
export const pt = (n: number): string => `${Number(n.toFixed(2))}pt`;
