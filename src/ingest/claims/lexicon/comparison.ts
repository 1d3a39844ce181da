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
