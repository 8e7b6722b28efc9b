/**
 * Ranking by dots, the same for the wall, the results page, the print and the
 * Markdown: most dots first, equal dots share a place (1, 2, 2, 4) and keep the
 * order they were given in (oldest first). The top five is the first five
 * places, and every card tied with the fifth: a tie is never silently dropped.
 */

export interface Placed<T> {
  item: T;
  votes: number;
  /** 1-based; cards with equal votes share the place of the first of them. */
  place: number;
  /** Another card has the same place. */
  shared: boolean;
}

/** Every item ranked by votes, ties sharing a place. */
export function placeByVotes<T>(items: readonly T[], votesOf: (item: T) => number): Placed<T>[] {
  const sorted = items
    .map((item, index) => ({ item, votes: votesOf(item), index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index);
  const placed = sorted.map(({ item, votes }, index) => ({ item, votes, place: index + 1, shared: false }));
  for (let index = 1; index < placed.length; index++) {
    if (placed[index].votes !== placed[index - 1].votes) continue;
    placed[index].place = placed[index - 1].place;
    placed[index].shared = placed[index - 1].shared = true;
  }
  return placed;
}

export interface Top<T> {
  places: Placed<T>[];
  /** How many places were asked for (five). */
  size: number;
  /** More cards than `size`, because cards tie for the last place. */
  widened: boolean;
  /** The place the widening tie shares (5, or 4 when cards 4 to 7 tie), when widened. */
  tiedPlace?: number;
}

/** The top `size` cards with at least one vote, and every card tied with the last of them. */
export function topPlaces<T>(items: readonly T[], votesOf: (item: T) => number, size = 5): Top<T> {
  const voted = placeByVotes(items, votesOf).filter((entry) => entry.votes > 0);
  if (voted.length <= size) return { places: voted, size, widened: false };
  const lastVotes = voted[size - 1].votes;
  const places = voted.filter((entry, index) => index < size || entry.votes === lastVotes);
  const widened = places.length > size;
  return { places, size, widened, ...(widened ? { tiedPlace: voted[size - 1].place } : {}) };
}
