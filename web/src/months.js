// The months of a dyad's history, evenly spaced for the chart.

// months fills the gaps between the first and last period so the time axis
// is even; empty months count zero and have no score. A run of more than
// maxGap empty months becomes one gap marker, so that 1987 and 2025 both
// stay readable on one axis.
export function months(periods, maxGap = 12) {
  if (!periods.length) return [];
  const idx = (p) => {
    const [y, m] = p.split('-').map(Number);
    return y * 12 + m - 1;
  };
  const key = (i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const out = [];
  let prev = null;
  for (const p of periods) {
    const i = idx(p.period);
    if (prev != null && i - prev - 1 > maxGap) {
      out.push({ period: '', gap: true, total: 0, quads: {}, types: {}, score: null, from: key(prev + 1), to: key(i - 1) });
    } else if (prev != null) {
      for (let j = prev + 1; j < i; j++) out.push({ period: key(j), total: 0, quads: {}, types: {}, score: null });
    }
    out.push(p);
    prev = i;
  }
  return out;
}
