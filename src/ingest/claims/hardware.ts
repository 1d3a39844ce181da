// Accelerators named in an abstract, normalized to one spelling each
// ("NVIDIA H100 SXM" and "h100" are both "H100"), without counts.

export interface HardwareMention {
  start: number;
  end: number;
  name: string;
}

// Codes that are unambiguous on their own.
const DISTINCT = `GH200|GB200|GB300|[HB]100|[HB]200|H800|B300|A100|A800|V100|P100|L40S|A6000|A5000|A4000`;
// Short codes that also name other things (water, grades, model variants):
// counted only next to "NVIDIA"/"Tesla" or followed by "GPU".
const SHORT = `H20|A10G|A10|A30|A40|L40|L4|T4|K80|P40|P4`;

const HARDWARE = new RegExp(
  [
    String.raw`(?<nvidia>\b(?:NVIDIA\s+|Tesla\s+)?(?:${DISTINCT})(?=s?\b))`,
    String.raw`(?<short>\b(?:NVIDIA|Tesla)\s+(?:${SHORT})\b|\b(?:${SHORT})(?=(?:[\s-](?:PCIe|SXM\d?|\d+\s?GB))?\s+GPUs?\b))`,
    String.raw`(?<rtx>\b(?:GeForce\s+)?(?:RTX|GTX)\s?(?:\d{4}|A\d{4}|PRO\s\d{4})(?:\s?Ti\b|\s?SUPER\b|\s(?:Ada|Blackwell)\b)?)`,
    String.raw`(?<amd>\b(?:AMD\s+)?(?:Instinct\s+)?MI\s?\d{3}[XA]?\b)`,
    String.raw`(?<tpu>\b(?:Cloud\s+)?TPU\s?-?v\d[a-z]?\b|\bTPUs?\b|\bTrillium\b)`,
    String.raw`(?<gaudi>\b(?:Intel\s+)?(?:Habana\s+)?Gaudi[\s-]?\d?\b)`,
    String.raw`(?<aws>\b(?:AWS\s+)?(?:Trainium|Inferentia)[\s-]?\d?\b)`,
    String.raw`(?<jetson>\bJetson\s+(?:AGX\s+|Orin\s+)?(?:Orin|Xavier|Nano|TX2)(?:\s+(?:Nano|NX))?\b)`,
    String.raw`(?<cerebras>\b(?:Cerebras\s+)?(?:WSE|CS)-\d\b)`,
    String.raw`(?<apple>\bApple\s+M[1-5](?:\s+(?:Pro|Max|Ultra))?\b|\bM[1-5]\s+(?:Pro|Max|Ultra)\b)`,
    String.raw`(?<snapdragon>\bSnapdragon\s+(?:8\s+Gen\s+\d|X\s+Elite|\d{3})\b)`,
    String.raw`(?<ascend>\bAscend\s?9\d0[A-C]?\b|\bAscend\s?310[A-Z]?\b)`,
    String.raw`(?<other>\bGroq\s+LPU\b|\bGraphcore\s+(?:\w+\s+)?IPU\b)`,
  ].join('|'),
  'y',
);
const KINDS = [...HARDWARE.source.matchAll(/\(\?<(\w+)>/g)].map((k) => k[1] as string);
// Where a name may start: every alternative above begins at a word boundary with one of
// these. One scan for them, with HARDWARE tried only where one is, is about twice as
// fast as scanning with HARDWARE itself, whose thirteen branches each test a boundary
// at every character. None of these holds a word boundary, so no name starts inside one.
const NAME_START =
  /\b(?:[HBAVPLTK]\d|G[HB]\d|NVIDIA|Tesla|GeForce|RTX|GTX|AMD|Instinct|MI|Cloud|TPU|Trillium|Intel|Habana|Gaudi|AWS|Trainium|Inferentia|Jetson|Cerebras|WSE|CS|Apple|M[1-5]|Snapdragon|Ascend|Groq|Graphcore)/g;

function normalize(kind: string, raw: string): string {
  const s = raw.replace(/\s+/g, ' ').trim();
  switch (kind) {
    case 'nvidia':
    case 'short': {
      const code = s.replace(/^(?:NVIDIA|Tesla)\s+/, '').toUpperCase();
      // Workstation Ampere cards are sold as "RTX A6000"; one name for both spellings.
      return /^A[4-6]000$/.test(code) ? `RTX ${code}` : code;
    }
    case 'rtx': {
      const m = /(RTX|GTX)\s?(PRO\s\d{4}|A?\d{4})(?:\s?(Ti|SUPER|Ada|Blackwell))?/.exec(s);
      return m ? [m[1], m[2], m[3]].filter(Boolean).join(' ') : s;
    }
    case 'amd':
      return s.replace(/^(?:AMD\s+)?(?:Instinct\s+)?/, '').replace(/\s/g, '');
    case 'tpu': {
      if (/Trillium/.test(s)) return 'TPU v6e';
      const v = /v\d[a-z]?/.exec(s);
      return v ? `TPU ${v[0]}` : 'TPU';
    }
    case 'gaudi': {
      const d = /\d/.exec(s.replace(/^.*Gaudi/, ''));
      return d ? `Gaudi ${d[0]}` : 'Gaudi';
    }
    case 'aws': {
      const m = /(Trainium|Inferentia)[\s-]?(\d)?/.exec(s);
      return m ? (m[2] ? `${m[1]}${m[2]}` : (m[1] as string)) : s;
    }
    case 'cerebras':
      return `Cerebras ${s.replace(/^Cerebras\s+/, '')}`;
    case 'apple':
      return s.startsWith('Apple') ? s : `Apple ${s}`;
    case 'ascend':
      return s.replace(/Ascend\s?/, 'Ascend ');
    default:
      return s;
  }
}

// Abstracts name the same few accelerators over and over: each spelling is normalized
// once, looked up by kind and then spelling (no key string built per name).
const NORMALIZED = new Map<string, Map<string, string>>();
let normalizedCount = 0;
function normalized(kind: string, raw: string): string {
  let byRaw = NORMALIZED.get(kind);
  if (byRaw === undefined) NORMALIZED.set(kind, (byRaw = new Map()));
  let name = byRaw.get(raw);
  if (name === undefined) {
    name = normalize(kind, raw);
    if (normalizedCount >= 10_000) {
      for (const m of NORMALIZED.values()) m.clear();
      normalizedCount = 0;
    }
    byRaw.set(raw, name);
    normalizedCount++;
  }
  return name;
}

export function findHardware(text: string): HardwareMention[] {
  const out: HardwareMention[] = [];
  NAME_START.lastIndex = 0;
  for (let at = NAME_START.exec(text); at; at = NAME_START.exec(text)) {
    HARDWARE.lastIndex = at.index;
    const m = HARDWARE.exec(text);
    if (!m) continue;
    const groups = m.groups ?? {};
    // The kinds in pattern order: a for-in over the groups object is several times slower.
    for (const kind of KINDS) {
      const raw = groups[kind];
      if (raw !== undefined) {
        out.push({ start: m.index, end: m.index + raw.length, name: normalized(kind, raw) });
        break;
      }
    }
    NAME_START.lastIndex = m.index + m[0].length;
  }
  return out;
}

/** Distinct names in first-seen order. */
export function hardwareNames(mentions: readonly HardwareMention[]): string[] {
  if (mentions.length === 0) return [];
  const names = [...new Set(mentions.map((h) => h.name))];
  // A bare family name adds nothing once a specific part of it is named.
  return names.filter(
    (n) => !GENERIC.has(n) || !names.some((o) => o !== n && o.startsWith(`${n} `)),
  );
}

const GENERIC = new Set(['TPU', 'Gaudi']);

/** A hardware name or device word, as regex source: for patterns that name a device. */
export const HARDWARE_NAME_SOURCE = String.raw`(?:NVIDIA\s+|Tesla\s+|AMD\s+|Intel\s+)?(?:${DISTINCT}|${SHORT}|(?:GeForce\s+)?RTX|MI\s?\d{3}|TPU|Gaudi|Trainium|Inferentia|Jetson|GPUs?\b|nodes?\b|devices?\b|accelerators?\b|cards?\b|chips?\b|machines?\b|servers?\b)`;
/** "a hardware name starts here", used to tell counts ("4x H100") from claims. */
export const HARDWARE_AHEAD = new RegExp(String.raw`^\s*${HARDWARE_NAME_SOURCE}`);
