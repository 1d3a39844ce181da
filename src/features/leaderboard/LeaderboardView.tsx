import { useId, useMemo, useState } from 'react';
import { AppLink } from '../../components/AppLink';
import { EmptyState } from '../../components/EmptyState';
import { formatCount, plural } from '../../components/format';
import { useNavigation } from '../../components/navigation';
import { ResultsToolbar } from '../../components/ResultsToolbar';
import { leaderboard, type Board } from '../../derive/leaderboard';
import type { ClaimRow } from '../../derive/rows';
import {
  clearedList,
  LEADERBOARD_GROUPS,
  type LeaderboardGroup,
  type ListView,
} from '../../url/view-state';
import { BoardTable } from './BoardTable';

const GROUP_LABELS: Record<LeaderboardGroup, string> = {
  metric: 'By metric',
  hardware: 'By metric and hardware',
  baseline: 'By metric and baseline',
};
/** Boards rendered before "Show all": splitting by baseline can make hundreds. */
const FIRST_BOARDS = 40;

function boardTitle(b: Board, group: LeaderboardGroup): string {
  if (group === 'metric') return b.metric.label;
  const what = group === 'hardware' ? 'hardware' : 'baseline';
  if (b.splitMissing) return `${b.metric.label} · ${what} not stated`;
  return group === 'hardware'
    ? `${b.metric.label} · on ${b.split}`
    : `${b.metric.label} · vs ${b.split}`;
}

interface Props {
  rows: ClaimRow[];
  list: ListView;
}

/** Claims ranked per what they measure: one table per metric (and hardware or baseline). */
export function LeaderboardView({ rows, list }: Props) {
  const nav = useNavigation();
  const boards = useMemo(() => leaderboard(rows, list.group), [rows, list.group]);
  const [allBoards, setAllBoards] = useState(false);
  const idPrefix = useId();
  const shown = allBoards ? boards : boards.slice(0, FIRST_BOARDS);
  return (
    <>
      <h1 className="visually-hidden">Leaderboard of claimed speedups</h1>
      <ResultsToolbar
        status={`${plural(rows.length, 'claim')} on ${plural(boards.length, 'leaderboard')}`}
        order="largest factor first; absolute figures ranked within their unit"
      >
        <nav className="segmented" aria-label="Group the leaderboard">
          {LEADERBOARD_GROUPS.map((group) => (
            <AppLink
              key={group}
              to={{ page: 'list', list: { ...list, group } }}
              aria-current={list.group === group ? 'page' : undefined}
            >
              {GROUP_LABELS[group]}
            </AppLink>
          ))}
        </nav>
      </ResultsToolbar>
      {rows.length === 0 ? (
        <EmptyState
          what="claims"
          query={list.q}
          onClear={() => nav.navigate({ page: 'list', list: clearedList(list) })}
        />
      ) : (
        <div className="boards">
          {shown.map((b, i) => {
            const title = boardTitle(b, list.group);
            const headingId = `${idPrefix}-board-${i}`;
            return (
              <section key={b.key} className="board" aria-labelledby={headingId}>
                <h2 id={headingId}>{title}</h2>
                <p className="muted board-count">
                  {plural(b.claims, 'claim')} from {plural(b.papers, 'paper')}
                  {b.metric.name === 'other'
                    ? ': the metric is not stated or not one the leaderboard knows'
                    : ''}
                </p>
                {b.factors.length > 0 ? (
                  <BoardTable
                    caption={`${title}: claims with a factor, largest first`}
                    figure="Factor"
                    ranked={b.factors}
                    list={list}
                  />
                ) : null}
                {b.absolutes.map((u) => (
                  <div key={u.unit} className="board-unit">
                    <h3>
                      Absolute figures in {u.unit}, {u.lowerIsBetter ? 'smallest' : 'largest'} first
                    </h3>
                    <BoardTable
                      caption={`${title}: absolute figures in ${u.unit}, ${u.lowerIsBetter ? 'smallest' : 'largest'} first`}
                      figure={`Value (${u.unit})`}
                      ranked={u.ranked}
                      list={list}
                    />
                  </div>
                ))}
              </section>
            );
          })}
          {boards.length > FIRST_BOARDS ? (
            <button type="button" className="link-button" onClick={() => setAllBoards(!allBoards)}>
              {allBoards
                ? `Show the first ${FIRST_BOARDS} leaderboards`
                : `Show all ${formatCount(boards.length)} leaderboards`}
            </button>
          ) : null}
        </div>
      )}
    </>
  );
}
