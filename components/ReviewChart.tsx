import type { DayCount } from '../data/practice/review';

const WIDTH = 600;
const HEIGHT = 120;
const GAP = 2;

/** Reviews per day as bars; a plain SVG, so the chart costs no library. */
export function ReviewChart({ days }: { days: readonly DayCount[] }) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const max = Math.max(1, ...days.map((d) => d.count));
  const barWidth = WIDTH / Math.max(1, days.length);
  if (total === 0) {
    return (
      <figure className="review-chart review-chart-empty">
        <p className="empty">
          No reviews yet in the last {days.length} days: practise a card and each day’s reviews show
          here.
        </p>
      </figure>
    );
  }
  return (
    <figure className="review-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`}
        role="img"
        aria-label={`${total} reviews in the last ${days.length} days`}
      >
        {days.map((d, i) => {
          const height = (d.count / max) * HEIGHT;
          return (
            <rect
              key={d.day}
              data-day={d.day}
              data-count={d.count}
              x={i * barWidth + GAP / 2}
              y={HEIGHT - height}
              width={barWidth - GAP}
              height={Math.max(height, d.count ? 2 : 0)}
              rx={2}
            >
              <title>{`${d.day}: ${d.count} ${d.count === 1 ? 'review' : 'reviews'}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} />
        <text x={0} y={HEIGHT + 14}>
          {days[0]?.day}
        </text>
        <text x={WIDTH} y={HEIGHT + 14} textAnchor="end">
          today
        </text>
      </svg>
      <figcaption>
        {total} {total === 1 ? 'review' : 'reviews'} in the last {days.length} days · busiest day{' '}
        {max}
      </figcaption>
    </figure>
  );
}
