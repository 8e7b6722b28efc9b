/**
 * Token buckets: per client address for joins, lookups and new sessions, and
 * per connection for the bytes it may add to a document. Generous on purpose:
 * a class of 40 behind one school NAT joins within a minute and reconnects
 * after Wi-Fi hiccups.
 */
export interface RateLimit {
  /** Tokens a burst may use. */
  burst: number;
  /** Tokens added per second. */
  perSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {
    this.tokens = limit.burst;
    this.at = now();
  }

  /** Takes `amount` tokens; false (and nothing taken) when there are not enough. */
  take(amount = 1): boolean {
    this.refill();
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }

  /** True when the bucket is full again: it then carries no information. */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.limit.burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) / 1000) * this.limit.perSecond);
    this.at = now;
  }
}

export class RateLimiter {
  private buckets = new Map<string, TokenBucket>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {}

  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(this.limit, this.now)));
    const taken = bucket.take();
    if (this.buckets.size > 10_000) this.prune();
    return taken;
  }

  /** Full buckets carry no information; drop them so memory stays bounded. */
  private prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full) this.buckets.delete(key);
  }
}
