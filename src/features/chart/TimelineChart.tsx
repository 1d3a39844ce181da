import { useId, useMemo, useState } from 'react';
import { AppLink } from '../../components/AppLink';
import { readFactor } from '../../components/claim-reading';
import { formatCount, formatFactor, formatLongDate, plural } from '../../components/format';
import { claimsTimeline, type TimelinePoint } from '../../derive/claims-timeline';
import type { ClaimRow } from '../../derive/rows';
import type { ListView } from '../../url/view-state';
import { evenSample } from './chart-groups';
import { useChartWidth } from './chart-width';
import { logScale } from './log-scale';
import { timeScale } from './time-scale';

const LEFT = 52;
const RIGHT = 16;
const TOP = 14;
const BOTTOM = 34;
// Thousands of focusable dots make the chart slow and unreadable; past this every
// record-setting claim is kept and the rest are an even sample in time.
const MAX_MARKS = 1500;

/** "2.5× lower": the factor in its claim's direction (every drawn claim has a factor). */
function headline(p: TimelinePoint): string {
  return readFactor(p.row.claim)?.headline ?? formatFactor(p.factor);
}

/** What a mark says when focused or hovered (and its accessible name). */
function describe(p: TimelinePoint): string {
  const c = p.row.claim;
  const parts = [
    `${p.row.paper.paper.title}: ${headline(p)} ${c.kind}`,
    c.metric ? `metric: ${c.metric}` : null,
    c.baseline ? `vs ${c.baseline}` : null,
    c.hardware ? `on ${c.hardware}` : null,
    `published ${formatLongDate(p.date)}`,
  ];
  return parts.filter((s) => s !== null).join('; ');
}

/** The tooltip opens away from the frame's nearest edges, so the frame never cuts it off. */
function tooltipClass(fx: number, fy: number): string {
  const h = fx < 0.25 ? ' is-right' : fx > 0.75 ? ' is-left' : '';
  return `chart-tooltip${h}${fy < 0.5 ? ' is-below' : ''}`;
}

/** Claimed factors (log) against publication date, coloured by kind, with each kind's running record. */
export function TimelineChart({ rows, list }: { rows: ClaimRow[]; list: ListView }) {
  const [frameRef, width] = useChartWidth();
  const tooltipId = useId();
  const [active, setActive] = useState<TimelinePoint | null>(null);
  const timeline = useMemo(() => claimsTimeline(rows), [rows]);
  const height = width < 600 ? 320 : 420;
  const { points, kinds, undated, withoutFactor } = timeline;
  const marks = useMemo(() => {
    if (points.length <= MAX_MARKS) return points;
    const records = new Set(kinds.flatMap((k) => k.records));
    const rest = points.filter((p) => !records.has(p));
    return [...records, ...evenSample(rest, Math.max(0, MAX_MARKS - records.size))];
  }, [points, kinds]);
  const y = logScale(
    points.map((p) => p.factor),
    height - BOTTOM,
    TOP,
  );
  const x = timeScale(
    points.map((p) => p.day),
    LEFT,
    width - RIGHT,
    width < 600 ? 4 : 8,
  );
  const lastDay = points.length ? points[points.length - 1]!.day : 0;
  const paperList: ListView = { ...list, route: 'chart' };
  const notes = [
    undated > 0
      ? `${plural(undated, 'claim')} with a factor ${undated === 1 ? 'has' : 'have'} no publication date and ${undated === 1 ? 'is' : 'are'} not drawn.`
      : null,
    withoutFactor > 0
      ? `${plural(withoutFactor, 'absolute figure')} (no factor) ${withoutFactor === 1 ? 'is' : 'are'} not drawn.`
      : null,
    marks.length < points.length
      ? `Dots show ${formatCount(marks.length)} of ${formatCount(points.length)} claims: every record and an even sample of the rest.`
      : null,
  ].filter((s) => s !== null);

  if (points.length === 0) {
    return (
      <div className="empty-state">
        <p>No dated claims with a factor to place in time.</p>
        {notes.map((n) => (
          <p key={n} className="muted">
            {n}
          </p>
        ))}
      </div>
    );
  }
  return (
    <figure className="chart timeline">
      <figcaption>
        Claimed factors against publication date, log scale. Each dot is a claim; select one to open
        it. Lines step up to the largest claim so far, per kind.
        {notes.map((n) => (
          <span key={n} className="chart-note">
            {' '}
            {n}
          </span>
        ))}
      </figcaption>
      <ul className="chart-legend" aria-label="Kinds">
        {kinds.map((k) => (
          <li key={k.kind}>
            <svg width="14" height="14" aria-hidden="true" className={`kind-${k.kind}`}>
              <circle cx="7" cy="7" r="5" className="kind-fill" />
            </svg>{' '}
            {k.kind}: {plural(k.claims, 'claim')}, largest{' '}
            {formatFactor(k.records[k.records.length - 1]!.factor)}
          </li>
        ))}
      </ul>
      <div className="chart-scroll timeline-frame" ref={frameRef}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="group"
          aria-label="Claimed factors over time"
        >
          <g className="axis" aria-hidden="true">
            {y.ticks.map((t) => (
              <g key={t} transform={`translate(0,${y.x(t)})`}>
                <line x1={LEFT} x2={width - RIGHT} className={t === 1 ? 'tick-one' : 'tick'} />
                <text x={LEFT - 6} y={4} textAnchor="end">
                  {formatFactor(t)}
                </text>
              </g>
            ))}
            {x.ticks.map((t) => (
              <g key={t.day} transform={`translate(${x.x(t.day)},0)`}>
                <line y1={TOP} y2={height - BOTTOM} className="tick" />
                <text y={height - BOTTOM + 18} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
          </g>
          {kinds.map((k) => {
            let d = '';
            for (const r of k.records) {
              d += d === '' ? `M${x.x(r.day)},${y.x(r.factor)}` : `H${x.x(r.day)}V${y.x(r.factor)}`;
            }
            d += `H${x.x(lastDay)}`;
            return (
              <path
                key={k.kind}
                d={d}
                className={`record-line kind-${k.kind}`}
                aria-hidden="true"
              />
            );
          })}
          <g role="list" aria-label={`${plural(marks.length, 'claim')} by date`}>
            {marks.map((p) => {
              const label = describe(p);
              return (
                <g key={p.row.id} role="listitem">
                  <AppLink
                    to={{ page: 'paper', id: p.row.paper.id, claim: p.row.index, list: paperList }}
                    aria-label={label}
                    aria-describedby={active === p ? tooltipId : undefined}
                    className="mark"
                    onFocus={() => setActive(p)}
                    onBlur={() => setActive(null)}
                    onMouseEnter={() => setActive(p)}
                    onMouseLeave={() => setActive(null)}
                  >
                    <circle
                      cx={x.x(p.day)}
                      cy={y.x(p.factor)}
                      r={marks.length > 300 ? 3.5 : 5}
                      className={`kind-fill kind-${p.row.claim.kind}`}
                    />
                  </AppLink>
                </g>
              );
            })}
          </g>
        </svg>
        {active ? (
          <div
            id={tooltipId}
            role="tooltip"
            className={tooltipClass(x.x(active.day) / width, y.x(active.factor) / height)}
            style={{
              left: `${(x.x(active.day) / width) * 100}%`,
              top: `${(y.x(active.factor) / height) * 100}%`,
            }}
          >
            <strong>{active.row.paper.paper.title}</strong>
            <span>
              {headline(active)} {active.row.claim.kind}
              {active.row.claim.metric ? `, ${active.row.claim.metric}` : ''}
            </span>
            {active.row.claim.baseline ? <span>vs {active.row.claim.baseline}</span> : null}
            {active.row.claim.hardware ? <span>on {active.row.claim.hardware}</span> : null}
            <span className="muted">{formatLongDate(active.date)}</span>
          </div>
        ) : null}
      </div>
    </figure>
  );
}
