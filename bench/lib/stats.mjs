// Small statistics for the benchmark: medians, percentiles, and the power-law fit that states the complexity.

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Least-squares fit of log(y) = k·log(x) + c: y ~ x^k. Returns k and R²; k ≈ 1 is linear growth.
 */
export function powerFit(xs, ys) {
  const points = xs.map((x, i) => [Math.log(x), Math.log(ys[i])]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const n = points.length;
  if (n < 2) return { k: NaN, r2: NaN };
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const k = sxy / sxx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { k, r2 };
}

export function ms(value, digits) {
  if (!Number.isFinite(value)) return 'n/a';
  const d = digits ?? (value >= 100 ? 0 : value >= 10 ? 1 : 2);
  return value.toFixed(d);
}

export function bytes(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${value} B`;
}
