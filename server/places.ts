/**
 * Who gets a place in a session. Places are counted per person (an identity
 * the join API issued, or one per connection without one), not per socket: a
 * page opens three (worksheet, control, own), a second tab three more, and a
 * class of 40 behind one school NAT is 40 people, not 120 sockets.
 *
 * Room for real participants cannot be taken: connections without an identity
 * are few per address, and when the session is full a newcomer takes the place
 * of the longest-idle person of the address that holds the most places, if
 * that address holds more than the newcomer's. The facilitator always gets in.
 */
export interface Seat {
  /** When this connection last sent anything (ms since the epoch). */
  lastSeen(): number;
  close(code: number, reason: string): void;
}

export interface Newcomer {
  id: string;
  address: string;
  facilitator: boolean;
  /** Presented no identity: a stock provider, or a script. */
  stranger: boolean;
}

export interface PlaceLimits {
  /** People in one session, the facilitator's reserve included. */
  people: number;
  /** Kept for the facilitator: a full session never locks out the one person running it. */
  reserved: number;
  /** People from one address in one session. */
  perAddress: number;
  /** Connections without an identity from one address in one session. */
  strangersPerAddress: number;
  /** Connections of one person: two tabs of three documents, and a few being replaced. */
  socketsPerPerson: number;
}

interface Person extends Newcomer {
  seats: Set<Seat>;
}

export type Placement = { placed: true; evicted?: Seat[] } | { placed: false };

export class Places {
  private readonly people = new Map<string, Person>();

  constructor(private readonly limits: PlaceLimits) {}

  get count(): number {
    return this.people.size;
  }

  /** Gives `seat` a place for `newcomer`, or says there is none; `evicted` are the seats to close for it. */
  take(newcomer: Newcomer, seat: Seat): Placement {
    const known = this.people.get(newcomer.id);
    if (known) {
      if (known.seats.size >= this.limits.socketsPerPerson) return { placed: false };
      known.seats.add(seat);
      return { placed: true };
    }
    let evicted: Seat[] | undefined;
    if (!newcomer.facilitator) {
      const fromAddress = [...this.people.values()].filter((person) => person.address === newcomer.address);
      if (fromAddress.length >= this.limits.perAddress) return { placed: false };
      if (newcomer.stranger && fromAddress.filter((person) => person.stranger).length >= this.limits.strangersPerAddress) return { placed: false };
      if (this.participants() >= this.limits.people - this.limits.reserved) {
        const idlest = this.idlestOfLargestAddress(fromAddress.length);
        if (!idlest) return { placed: false };
        evicted = [...idlest.seats];
        this.people.delete(idlest.id);
      }
    } else if (this.people.size >= this.limits.people) {
      const idlest = this.idlestOfLargestAddress(-1);
      if (idlest) {
        evicted = [...idlest.seats];
        this.people.delete(idlest.id);
      }
    }
    this.people.set(newcomer.id, { ...newcomer, seats: new Set([seat]) });
    return { placed: true, evicted };
  }

  leave(id: string, seat: Seat): void {
    const person = this.people.get(id);
    if (!person?.seats.delete(seat)) return;
    if (!person.seats.size) this.people.delete(id);
  }

  private participants(): number {
    let count = 0;
    for (const person of this.people.values()) if (!person.facilitator) count++;
    return count;
  }

  /** The participant idle longest, of the address holding the most places, if it holds more than `than` + 1. */
  private idlestOfLargestAddress(than: number): Person | undefined {
    const byAddress = new Map<string, Person[]>();
    for (const person of this.people.values()) {
      if (person.facilitator) continue;
      let list = byAddress.get(person.address);
      if (!list) byAddress.set(person.address, (list = []));
      list.push(person);
    }
    let largest: Person[] = [];
    for (const list of byAddress.values()) if (list.length > largest.length) largest = list;
    if (largest.length <= than + 1) return undefined;
    const lastActive = (person: Person) => Math.max(...[...person.seats].map((seat) => seat.lastSeen()));
    return largest.reduce((idlest, person) => (lastActive(person) < lastActive(idlest) ? person : idlest));
  }
}
