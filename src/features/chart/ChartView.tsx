import { AppLink } from '../../components/AppLink';
import { EmptyState } from '../../components/EmptyState';
import { readFactor } from '../../components/claim-reading';
import { formatCount, formatFactor, plural } from '../../components/format';
import { useNavigation } from '../../components/navigation';
import { ResultsToolbar } from '../../components/ResultsToolbar';
import type { ClaimRow } from '../../derive/rows';
import { CHART_BYS, clearedList, type ChartBy, type ListView } from '../../url/view-state';
import { useState } from 'react';
import { chartGroups, MAX_GROUPS } from './chart-groups';
import { useChartWidth } from './chart-width';
import { logScale } from './log-scale';
import { TimelineChart } from './TimelineChart';

const MAX_LABEL_W = 230;
/** A generous width for one character of 12px label text (capitals included). */
const CHAR_W = 7.4;
const RIGHT_PAD = 24;
const ROW_H = 34;
const AXIS_H = 36;
const BY_LABELS: Record<ChartBy, string> = {
  kind: 'Kind',
  paper: 'Paper',
  hardware: 'Hardware',
  time: 'Time',
};

interface Props {
  rows: ClaimRow[];
  list: ListView;
}

/** Claimed factors on a log scale, one row per group; every mark links to its claim. */
export function ChartView({ rows, list }: Props) {
  const nav = useNavigation();
  const [frameRef, WIDTH] = useChartWidth();
  const LABEL_W = Math.min(MAX_LABEL_W, Math.round(WIDTH * 0.32));
  const labelChars = Math.floor((LABEL_W - 14) / CHAR_W);
  // "Show all" is for the grouping it was asked on; another grouping starts cut again.
  const [allFor, setAllFor] = useState<ChartBy | null>(null);
  const showAll = allFor === list.by;
  const { groups, totalGroups, leftOutClaims } = chartGroups(rows, list.by, showAll);
  const withFactor = rows.reduce(
    (n, r) => n + (r.claim.factor !== null && r.claim.factor > 0 ? 1 : 0),
    0,
  );
  const inGroups = groups.reduce((n, g) => n + g.claims.length, 0);
  const dots = groups.reduce((n, g) => n + g.marks.length, 0);
  const scale = logScale(
    groups.flatMap((g) => [g.least, g.best]),
    LABEL_W,
    WIDTH - RIGHT_PAD,
  );
  const height = AXIS_H + groups.length * ROW_H + 8;
  const paperList: ListView = { ...list, route: 'chart' };
  return (
    <>
      <h1 className="visually-hidden">Chart of claimed factors</h1>
      <ResultsToolbar status={plural(withFactor, 'claim')} order="with a factor, on a log scale">
        <nav className="segmented" aria-label="Group the chart by">
          {CHART_BYS.map((by) => (
            <AppLink
              key={by}
              to={{ page: 'list', list: { ...list, by } }}
              aria-current={list.by === by ? 'page' : undefined}
            >
              {by === 'time' ? 'Over time' : `By ${BY_LABELS[by].toLowerCase()}`}
            </AppLink>
          ))}
        </nav>
      </ResultsToolbar>
      {list.by === 'time' ? (
        <TimelineChart rows={rows} list={list} />
      ) : withFactor === 0 ? (
        <EmptyState
          what="claims with a factor"
          query={list.q}
          onClear={() => nav.navigate({ page: 'list', list: clearedList(list) })}
        />
      ) : (
        <figure className="chart">
          <figcaption>
            Claimed factors by {BY_LABELS[list.by].toLowerCase()}, log scale
            {totalGroups > groups.length
              ? ` — the ${groups.length} of ${formatCount(totalGroups)} groups with the largest factors (${plural(inGroups, 'claim')}); ${formatCount(totalGroups - groups.length)} ${totalGroups - groups.length === 1 ? 'group' : 'groups'} (${plural(leftOutClaims, 'claim')}) left out`
              : ''}
            . Each dot is a claim; select one to open it.
            {dots < inGroups
              ? ` Dots show an even sample of ${formatCount(dots)}; each line spans its group's full range.`
              : ''}
          </figcaption>
          {totalGroups > MAX_GROUPS ? (
            <p className="chart-more">
              <button
                type="button"
                className="link-button"
                onClick={() => setAllFor(showAll ? null : list.by)}
              >
                {showAll
                  ? `Show the top ${MAX_GROUPS} groups`
                  : `Show all ${formatCount(totalGroups)} groups`}
              </button>
            </p>
          ) : null}
          <div className="chart-scroll" ref={frameRef}>
            <svg
              viewBox={`0 0 ${WIDTH} ${height}`}
              width={WIDTH}
              height={height}
              role="group"
              aria-label="Claimed factors"
            >
              <g className="axis" aria-hidden="true">
                {scale.ticks.map((t) => (
                  <g key={t} transform={`translate(${scale.x(t)},0)`}>
                    <line y1={AXIS_H - 6} y2={height} className={t === 1 ? 'tick-one' : 'tick'} />
                    <text y={AXIS_H - 12} textAnchor="middle">
                      {formatFactor(t)}
                    </text>
                  </g>
                ))}
              </g>
              {groups.map((g, gi) => {
                const y = AXIS_H + gi * ROW_H + ROW_H / 2;
                return (
                  <g
                    key={g.key}
                    role="list"
                    aria-label={`${g.label}: ${plural(g.marks.length, 'claim')}`}
                  >
                    <line
                      className="row-rule"
                      x1={LABEL_W}
                      x2={WIDTH - RIGHT_PAD}
                      y1={y}
                      y2={y}
                      aria-hidden="true"
                    />
                    <line
                      className="range"
                      x1={scale.x(g.least)}
                      x2={scale.x(g.best)}
                      y1={y}
                      y2={y}
                      aria-hidden="true"
                    />
                    <text
                      className="group-label"
                      x={LABEL_W - 10}
                      y={y + 4}
                      textAnchor="end"
                      aria-hidden="true"
                    >
                      {g.label.length > labelChars
                        ? `${g.label.slice(0, labelChars - 1)}…`
                        : g.label}
                    </text>
                    {g.marks.map((m, mi) => {
                      const f = m.claim.factor ?? 1;
                      const reading = readFactor(m.claim);
                      const label = `${m.paper.paper.title}: ${reading?.sentence ?? formatFactor(f)} (${m.claim.kind})`;
                      return (
                        <g key={m.id} role="listitem">
                          <AppLink
                            to={{ page: 'paper', id: m.paper.id, claim: m.index, list: paperList }}
                            aria-label={label}
                            className="mark"
                          >
                            <circle
                              cx={scale.x(f)}
                              cy={y + ((mi % 5) - 2) * 3}
                              r={g.marks.length > 40 ? 4 : 5.5}
                              className={`kind-fill kind-${m.claim.kind}`}
                            />
                            <title>{reading ? `${label}\n${reading.conversion}` : label}</title>
                          </AppLink>
                        </g>
                      );
                    })}
                  </g>
                );
              })}
            </svg>
          </div>
        </figure>
      )}
    </>
  );
}
