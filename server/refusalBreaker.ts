/**
 * A sender whose updates are refused again and again is cut off: its
 * connection is closed and, for a while, it gets no new one. Keyed by who the
 * server knows the sender to be (a participant id; for a connection without
 * one, its address), so reconnecting does not start the count afresh.
 */
import { TokenBucket, type RateLimit } from './rateLimit';

/** 20 refusals in 10 s trips it; a browser whose edit crossed a lock or a vote's end is refused once or twice. */
export const REFUSALS_ALLOWED: RateLimit = { burst: 20, perSecond: 2 };
export const BENCHED_MS = 60_000;
/** Senders tracked at most; full buckets and ended benches carry no information and go first. */
const TRACKED = 10_000;

export class RefusalBreaker {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly benched = new Map<string, number>();

  constructor(
    private readonly limit: RateLimit = REFUSALS_ALLOWED,
    private readonly benchMs = BENCHED_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes one refusal of `sender`'s; true when it is one too many (the sender is benched from now on). */
  refused(sender: string): boolean {
    let bucket = this.buckets.get(sender);
    if (!bucket) this.buckets.set(sender, (bucket = new TokenBucket(this.limit, this.now)));
    if (this.buckets.size > TRACKED) this.prune();
    if (bucket.take()) return false;
    this.buckets.delete(sender);
    this.benched.set(sender, this.now() + this.benchMs);
    return true;
  }

  /** Whether `sender` is kept out now. */
  isBenched(sender: string): boolean {
    const until = this.benched.get(sender);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.benched.delete(sender);
    return false;
  }

  private prune(): void {
    for (const [sender, bucket] of this.buckets) if (bucket.full) this.buckets.delete(sender);
    for (const [sender, until] of this.benched) if (until <= this.now()) this.benched.delete(sender);
  }
}
