/**
 * Every limit and close code the app and the server agree on, in one place.
 * Plain TypeScript (no DOM, no Node APIs): the app imports it to shape its
 * fields and messages, the server to enforce the same numbers.
 */

export const LIMITS = {
  /** The longest text a worksheet item (a card's text or detail) may hold. */
  textLength: 1000,
  /** A session's title. */
  titleLength: 120,
  /** A participant's display name. */
  nameLength: 40,
  /** A plate's, theme's or roadmap item's id inside a route answer's key. */
  idLength: 100,
  /** The facilitator's own wording of a worksheet question. */
  rewordingLength: 300,
  /** Dots one participant may give, at most. */
  maxDots: 20,
  /** The largest websocket message the server reads (1 MiB); larger ones close the connection with 1009. */
  messageBytes: 1024 * 1024,
  /** The largest update the app sends in one message: imports are sent in parts under this. */
  updateBytes: 256 * 1024,
  /** The stored size of a session's worksheet document; updates that would grow it further are refused. */
  worksheetBytes: 8 * 1024 * 1024,
  /** The stored size of a session's control document (settings only). */
  controlBytes: 256 * 1024,
  /** The stored size of one participant's own document (their cards while answers are hidden). */
  ownBytes: 1024 * 1024,
  /** Bytes one participant's connection may add: a burst, then a steady rate per second. */
  participantUpload: { burst: 1024 * 1024, perSecond: 64 * 1024 },
  /** The facilitator imports whole worksheets, so gets more. */
  facilitatorUpload: { burst: 8 * 1024 * 1024, perSecond: 512 * 1024 },
  /** Messages per connection: typing sends a few a second; a script sending thousands is cut off. */
  messagesPerConnection: { burst: 1000, perSecond: 200 },
  /** Presence entries one connection may speak for, and the size of one entry. */
  presencePerConnection: 4,
  presenceStateBytes: 4096,
  /** People in one session (not sockets: a page opens three); some places are kept free for its facilitator. */
  peoplePerSession: 200,
  reservedForFacilitator: 6,
  /** People in one session from one address: a school's plenary room behind one NAT fits. */
  peoplePerAddress: 150,
  /** Connections without an identity (stock providers, scripts) in one session from one address. */
  strangersPerAddress: 20,
  /** Connections of one person in one session: two tabs of three documents, and a few being replaced. */
  socketsPerPerson: 12,
  /** A connection that says nothing this long after opening is closed (stock providers speak at once). */
  silentConnectionMs: 15_000,
} as const;

/**
 * The shape of the documents, as far as the server checks it: which root
 * types exist, how deep shared types may nest below a root, and how deep a
 * plain JSON value may be. The worksheet is `cards` (a map of card maps whose
 * texts are Y.Text), `votes` and `route` (maps of plain values); the control
 * document is the `control` map, one nested map (`rewordings`) and small objects
 * (timer, follow target).
 */
/** The root maps of the documents, by name: the one place the layout is agreed. */
export const ROOTS = { cards: 'cards', votes: 'votes', route: 'route', control: 'control' } as const;

export const DOCUMENT_SHAPES = {
  worksheet: { roots: [ROOTS.cards, ROOTS.votes, ROOTS.route], typeDepth: 2, valueDepth: 0 },
  control: { roots: [ROOTS.control], typeDepth: 1, valueDepth: 3 },
  /** A participant's own cards while answers are hidden: only cards. */
  own: { roots: [ROOTS.cards], typeDepth: 2, valueDepth: 0 },
} as const satisfies Record<string, DocumentShape>;

export interface DocumentShape {
  /** Root type names a client may write. */
  roots: readonly string[];
  /** Levels of shared types (Y.Map, Y.Text) below a root: a card's text in `cards` is level 2. */
  typeDepth: number;
  /** Nesting of plain JSON values: 0 allows only strings, numbers, booleans and null. */
  valueDepth: number;
}

export type DocumentKind = keyof typeof DOCUMENT_SHAPES;

/** Websocket close codes. 4400-4499 tell the stock provider not to reconnect by itself. */
export const CLOSE = {
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
  tooBig: 1009,
  internalError: 1011,
  /** The server is restarting: the stock provider reconnects by itself. */
  serviceRestart: 1012,
  tryAgainLater: 1013,
  badRequest: 4400,
  /** Unknown here: never created on this server, or its data is not (or no longer) in this database. */
  sessionNotFound: 4404,
  /** Deleted by its facilitator or expired: browsers forget their copies too. */
  sessionDeleted: 4410,
  sessionFull: 4429,
  /** Too many of this sender's updates were refused in a short time: it stays out for a minute. */
  refusedTooOften: 4408,
  /** A participant's own document needs the identity the join API gives. */
  joinFirst: 4401,
} as const;

/** Reasons in permission-denied messages, shown to the user in their language. */
export const REFUSAL = {
  facilitatorOnly: 'facilitator-only',
  locked: 'locked',
  ended: 'ended',
  /** The document would grow past its size limit. */
  quota: 'quota',
  /** This connection sent more than its share in a short time. */
  rate: 'rate',
  /** The update does not fit the document's shape (wrong root, too deep, wrong kind of content). */
  shape: 'shape',
  /** The update depends on changes the server does not have; the sender is asked to sync again. */
  gap: 'gap',
  /** Someone else's card, dot or answer. */
  notYours: 'not-yours',
  /** More dots than the facilitator allows. */
  voteLimit: 'vote-limit',
  /** A dot given, moved or taken back while voting is not open. */
  votingClosed: 'voting-closed',
  /** A read-only results link. */
  readOnly: 'read-only',
  /** A card added, changed, moved or removed while the cards are frozen for the vote. */
  frozen: 'frozen',
} as const;

export type Refusal = (typeof REFUSAL)[keyof typeof REFUSAL];

/** The dots each participant may give, as the control document's setting says; 0 when voting is off. */
export function dotsAllowed(setting: unknown): number {
  return typeof setting === 'number' && Number.isInteger(setting) && setting > 0 ? Math.min(setting, LIMITS.maxDots) : 0;
}

/**
 * The dots a participant may give, move or take back now: the setting while
 * voting is open, 0 once the session shows its results or has ended (so the
 * outcome the room sees no longer changes).
 */
export function dotsOpen(settings: { votesPerParticipant: unknown; step: unknown; ended: unknown }): number {
  return settings.step === 'results' || settings.ended === true ? 0 : dotsAllowed(settings.votesPerParticipant);
}

/**
 * Whether participants' cards stay as they are now: during the vote step while
 * voting is open, unless the facilitator chose to leave them open
 * (`cardsOpenWhileVoting` in the control document). Dots still go on them.
 */
export function cardsFrozen(settings: { votesPerParticipant: unknown; step: unknown; ended: unknown; cardsOpenWhileVoting: unknown }): boolean {
  return settings.step === 'vote' && dotsOpen(settings) > 0 && settings.cardsOpenWhileVoting !== true;
}
