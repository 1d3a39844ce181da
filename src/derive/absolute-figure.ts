import type { Claim } from '../dataset/schema';
import type { UnitValue } from './column-record';

/** "Model Flops Utilization (MFU)" -> "MFU": the acronym a metric ends with. */
const ACRONYM = /\(([A-Z][A-Za-z]{1,7})\)\s*$/;
/** "39.0% MFU" -> "MFU": an acronym right after the percentage. */
const AFTER_PERCENT = /%\s+([A-Z]{2,6})\b/;

/**
 * A claim stated as a figure on its own (49.3% MFU, 560 TFLOPs/GPU), not as a factor
 * over a baseline: its value and the unit it is compared within. A percentage takes
 * the metric's short name into its unit, so 49.3% MFU and 39% HFU sort apart.
 */
export function absoluteFigure(c: Claim): UnitValue | null {
  if (c.factor !== null) return null;
  if (c.unit !== '%') return { value: c.value, unit: c.unit };
  const metric = c.metric?.trim() ?? '';
  const short =
    AFTER_PERCENT.exec(c.text)?.[1] ??
    ACRONYM.exec(metric)?.[1] ??
    (metric && metric.length <= 24 ? metric : c.kind);
  return { value: c.value, unit: `% ${short}` };
}
