// The story map with its figures drawn on it: one column per chapter, its nodes top to bottom; a node's colour
// says how many of the people who started reached it, an arrow's width how many of those deciding there took
// that choice. Nodes where people stopped carry a red border and how many stopped; endings are rounded.
// On a narrow screen the map keeps a readable size and scrolls sideways in its own box.
import { Box, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n.tsx';
import type { StoryFigures, StoryGraph } from '../../types.ts';

const NODE_W = 150;
const NODE_H = 28;
const COL_W = 190;
const ROW_H = 40;
const TOP = 40;
const PAD = 12;
/** Room right of the last column for the arrows that bulge out of it. */
const BULGE = 40;
/** The map shrinks to fit its box down to this share of its size, then scrolls. */
const MIN_SCALE = 0.85;
const ID_CHARS = 17;
const TITLE_CHARS = 26;

const EDGE = 'var(--mantine-color-grape-7)';
const QUIET = 'var(--mantine-color-gray-5)';
const DROPOFF = 'var(--mantine-color-red-7)';
const ENDING = 'var(--mantine-color-orange-7)';

/** A node's fill for a reach share 0..1: from near white to deep grape. */
const reachColour = (share: number) => `hsl(288, 55%, ${Math.round(97 - share * 60)}%)`;
/** An arrow's width for the share of a decision that took it. */
const edgeWidth = (share: number) => 1 + share * 9;
const clip = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars - 1)}…` : text);

interface Place {
  column: number;
  row: number;
  x: number;
  y: number;
}

export function StoryMap({ graph, figures }: { graph: StoryGraph; figures: StoryFigures }) {
  const { t, number } = useI18n();
  const places = new Map<string, Place>();
  graph.chapters.forEach((chapter, column) => {
    chapter.nodes.forEach((node, row) => {
      places.set(node.id, { column, row, x: PAD + column * COL_W, y: TOP + row * ROW_H });
    });
  });
  const reach = new Map(figures.nodes.map((n) => [n.node, n.people]));
  const stopped = new Map(figures.dropoff.map((n) => [n.node, n.people]));
  const shares = new Map(figures.choices.map((c) => [`${c.node}\u0000${c.choice}`, c.share]));
  const ways = new Map<string, number>();
  for (const c of graph.choices) ways.set(c.node, (ways.get(c.node) ?? 0) + 1);
  /** The share of the people deciding at the choice's node who took it; none where there is no decision. */
  const shareOf = (c: StoryGraph['choices'][number]) =>
    (ways.get(c.node) ?? 0) > 1 ? (shares.get(`${c.node}\u0000${c.choice}`) ?? 0) : undefined;
  const started = reach.get(graph.start) || Math.max(0, ...reach.values());
  const reachShare = (id: string) => (started > 0 ? Math.min(1, (reach.get(id) ?? 0) / started) : 0);
  const rows = Math.max(1, ...graph.chapters.map((c) => c.nodes.length));
  const width = PAD + (graph.chapters.length - 1) * COL_W + NODE_W + BULGE;
  const height = TOP + rows * ROW_H + PAD;

  return (
    <Box>
      <Box style={{ overflowX: 'auto' }} data-testid="story-map-scroll">
        <svg
          role="img"
          aria-label={t('analytics.storyMap')}
          data-testid="story-map"
          viewBox={`0 0 ${width} ${height}`}
          style={{ width: '100%', minWidth: width * MIN_SCALE, display: 'block', fontFamily: 'inherit' }}
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" fill={EDGE} />
            </marker>
          </defs>
          {graph.chapters.map((chapter, column) => (
            <text
              key={chapter.id}
              x={PAD + column * COL_W}
              y={TOP - 16}
              fontSize={12}
              fontWeight={700}
              fill={chapter.vip ? 'var(--mantine-color-grape-8)' : undefined}
            >
              <title>{chapter.title}</title>
              {clip(`${chapter.vip ? 'VIP · ' : ''}${chapter.title}`, TITLE_CHARS)}
            </text>
          ))}
          {graph.choices.map((choice) => {
            const from = places.get(choice.node);
            const to = places.get(choice.to);
            if (!from || !to) return null;
            const share = shareOf(choice);
            const taken = share === undefined ? (reach.get(choice.to) ?? 0) > 0 : share > 0;
            return (
              <path
                key={`${choice.node}.${choice.choice}`}
                d={arrow(from, to)}
                fill="none"
                stroke={taken ? EDGE : QUIET}
                strokeOpacity={taken ? 0.55 : 0.5}
                strokeWidth={share === undefined ? 1.5 : edgeWidth(share)}
                strokeDasharray={choice.hidden ? '4 3' : undefined}
                markerEnd="url(#arrow)"
                data-edge={`${choice.node}.${choice.choice}`}
              >
                <title>
                  {`${choice.node} → ${choice.to}: ${choice.label}${share === undefined ? '' : ` (${Math.round(share * 100)} %)`}`}
                </title>
              </path>
            );
          })}
          {graph.chapters.flatMap((chapter) =>
            chapter.nodes.map((node) => {
              const place = places.get(node.id)!;
              const share = reachShare(node.id);
              const people = reach.get(node.id) ?? 0;
              const stops = stopped.get(node.id) ?? 0;
              const ink = share > 0.55 ? 'white' : 'var(--mantine-color-dark-7)';
              return (
                <g
                  key={node.id}
                  transform={`translate(${place.x}, ${place.y})`}
                  data-node={node.id}
                  data-people={people}
                >
                  <title>
                    {[
                      `${node.id}: ${t('analytics.mapReached', { people: number(people), share: Math.round(share * 100) })}`,
                      stops > 0 ? t('analytics.mapStopped', { people: number(stops) }) : '',
                      node.ending ? t('analytics.ending') : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </title>
                  <rect
                    width={NODE_W}
                    height={NODE_H}
                    rx={node.ending ? NODE_H / 2 : 4}
                    fill={reachColour(share)}
                    stroke={stops > 0 ? DROPOFF : node.ending ? ENDING : 'var(--mantine-color-grape-3)'}
                    strokeWidth={stops > 0 || node.ending ? 2.5 : 1}
                  />
                  <text x={node.ending ? 12 : 6} y={NODE_H / 2 + 4} fontSize={11} fill={ink}>
                    {clip(node.id, ID_CHARS)}
                  </text>
                  <text
                    x={NODE_W - (node.ending ? 12 : 6)}
                    y={NODE_H / 2 + 4}
                    fontSize={11}
                    fontWeight={700}
                    fill={ink}
                    textAnchor="end"
                  >
                    {number(people)}
                  </text>
                  {stops > 0 && (
                    <g transform={`translate(${NODE_W}, 0)`} data-dropoff={stops}>
                      <circle r={9} fill={DROPOFF} />
                      <text y={3.5} fontSize={10} fontWeight={700} fill="white" textAnchor="middle">
                        {number(stops)}
                      </text>
                    </g>
                  )}
                </g>
              );
            }),
          )}
        </svg>
      </Box>
      <Group gap="md" mt="xs">
        <Group gap={4}>
          <Text size="xs">0 %</Text>
          <Box
            w={80}
            h={10}
            style={{
              background: `linear-gradient(to right, ${reachColour(0)}, ${reachColour(1)})`,
              borderRadius: 2,
            }}
          />
          <Text size="xs">100 % · {t('analytics.mapLegendReach')}</Text>
        </Group>
        <Text size="xs">{t('analytics.mapLegendEdge')}</Text>
        <Text size="xs" c="red.7">
          {t('analytics.mapLegendDropoff')}
        </Text>
        <Text size="xs" c="orange.7">
          {t('analytics.mapLegendEnding')}
        </Text>
      </Group>
    </Box>
  );
}

/** The arrow from one node's box to another's: forward between columns, bulging sideways within a column. */
function arrow(from: Place, to: Place): string {
  const fy = from.y + NODE_H / 2;
  const ty = to.y + NODE_H / 2;
  if (to.column > from.column) {
    const sx = from.x + NODE_W;
    const bend = (to.x - sx) / 2;
    return `M${sx},${fy} C${sx + bend},${fy} ${to.x - bend},${ty} ${to.x},${ty}`;
  }
  if (to.column === from.column) {
    const side = from.x + NODE_W;
    const bulge = 14 + Math.min(BULGE - 16, Math.abs(to.row - from.row) * 5);
    return `M${side},${fy} C${side + bulge},${fy} ${side + bulge},${ty} ${side},${ty}`;
  }
  // Back to an earlier chapter: out of the left side, into the right side.
  const sx = from.x;
  const tx = to.x + NODE_W;
  return `M${sx},${fy} C${sx - 30},${fy} ${tx + 30},${ty} ${tx},${ty}`;
}
