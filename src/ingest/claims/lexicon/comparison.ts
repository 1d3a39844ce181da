// Words that introduce what a figure is compared with: "2x faster than vLLM",
// "1.9x over DistServe", "compared with FP16". One list: the stages that read a
// baseline, reject a baseline's own figure or end a metric phrase all build on it.
import { alternation } from './build';

export const COMPARISON_MARKERS = [
  'than',
  'over',
  'compared to',
  'compared with',
  'in comparison to',
  'in comparison with',
  'relative to',
  'with respect to',
  'versus',
  'vs.',
  'vs',
  'against',
] as const;

/** Alternation source of every marker, for regexes that add their own context. */
export const COMPARISON_SOURCE = alternation(COMPARISON_MARKERS);

/** A marker anywhere in a text, as whole words. */
export const COMPARISON_IN = new RegExp(String.raw`\b(?:${COMPARISON_SOURCE})(?!\w)`, 'i');

/** A marker opening a text ("over DistServe", "compared with FP16"). */
export const COMPARISON_FIRST = new RegExp(String.raw`^(?:${COMPARISON_SOURCE})(?!\w)`, 'i');

/** First words of the markers: each ends a noun phrase read after a number. */
export const COMPARISON_FIRST_WORDS = COMPARISON_MARKERS.map((m) => m.split(' ')[0] as string);

/**
 * What a multiple is "of" when it names its baseline after the quantity: "2.1x the MFU of
 * Megatron-LM", "1.7x the request rate of vLLM", "3.1 times the frames per second of X".
 */
export const MEASURED_QUANTITIES = [
  'throughput',
  'goodput',
  'speed',
  'performance',
  'efficiency',
  'latency',
  'memory',
  'footprint',
  'cost',
  'bandwidth',
  'rate',
  'MFU',
  'HFU',
  'utilization',
  'utilisation',
  'energy',
  'power',
  'FLOPs',
  'TFLOPS',
  'QPS',
  'frames',
  'tokens',
  'requests',
  'queries',
] as const;

/** Links and media data travels over: "over PCIe", "over 400 Gb/s links" name a path, no baseline. */
export const LINK_MEDIA = [
  'PCIe',
  'NVLink',
  'network',
  'networks',
  'link',
  'links',
  'Ethernet',
  'InfiniBand',
  'Wi-Fi',
  'WiFi',
  'WAN',
  'LAN',
  'internet',
  'wire',
  'bus',
  'interconnect',
  'fabric',
  'cellular',
  '5G',
  'LTE',
  'Gbps',
  'Mbps',
  'Gb/s',
  'Mb/s',
] as const;

/**
 * Verbs that set the paper's system level with another on quality, so that the other is what
 * an efficiency figure of the same clause is measured against: "matches full Adam with 65%
 * less optimizer memory", "performs comparably to full fine-tuning while using 11x less
 * memory", "surpasses X by 6 points while using 14x less compute". Their object is the
 * baseline itself.
 */
export const PARITY_VERBS = [
  'match',
  'matches',
  'matching',
  'rival*',
  'equals',
  'equalled',
  'equaling',
  'equalling',
  'performs comparably to',
  'performing comparably to',
  'comparable to',
  'on par with',
] as const;

/**
 * Verbs that beat another system on quality: their object is the baseline only of a claim
 * that follows in the same verb phrase ("outperforms X with a 2.3x speedup", "surpasses X by
 * 6 points while using 14x less compute"); after a comma or a second verb ("outperforms X,
 * reaching a 2x speedup", "beats X and cuts FLOPs by 40%") the claim stands alone.
 */
export const BEATING_VERBS = ['outperform*', 'surpass*', 'beats', 'beating'] as const;

/**
 * Verbs that reach a level of quality that belongs to another system, named after "the Q of"
 * or "the same Q as", or as the level's owner ("X's accuracy"): "reaches the accuracy of
 * full-data fine-tuning at 18% of the cost", "reaches the same loss as AdamW in 41% fewer
 * steps", "keeps 96% of the score of X while cutting cost by 34%".
 */
export const LEVEL_VERBS = [
  ...PARITY_VERBS,
  ...BEATING_VERBS,
  'reach',
  'reaches',
  'reached',
  'reaching',
  'attain*',
  'achiev*',
  'keep',
  'keeps',
  'keeping',
  'kept',
  'retain*',
  'preserv*',
  'recover*',
  'serves',
  'serving',
  'produc*',
] as const;

/** What a system reaches the level of: "the accuracy of", "the same validation loss as". */
export const PARITY_LEVELS = [
  'accura*',
  'quality',
  'loss',
  'perplexit*',
  'score*',
  'success rate*',
  'performance',
  'reward*',
  'error*',
  'win rate*',
  'win-rate*',
  'resolve rate*',
  'recall',
  'output*',
  'traffic',
  'result*',
  'fidelity',
  'F1',
  'BLEU',
  'FID',
  'mIoU',
  'pass@*',
] as const;
