// What Encore's websocket commands answer (custom_components/encore/websocket.py)
// and the little of Home Assistant's frontend object the page and cards use.

export interface HassUser {
  id: string;
  is_admin: boolean;
  name: string;
}

export interface HassEntity {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
}

export interface HomeAssistant {
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  callService(domain: string, service: string, data?: Record<string, unknown>): Promise<unknown>;
  connection: {
    subscribeMessage<T>(callback: (event: T) => void, message: Record<string, unknown>): Promise<() => Promise<void>>;
  };
  fetchWithAuth(path: string, init?: RequestInit): Promise<Response>;
  /** The user's profile: language, number format, clock, time zone (server or local). */
  locale?: {
    language: string;
    number_format?: string;
    time_format?: string;
    time_zone?: string;
    /** "language", "system", "DMY", "MDY" or "YMD". */
    date_format?: string;
    /** "language" or the weekday a week starts on ("monday" … "sunday"). */
    first_weekday?: string;
  };
  language?: string;
  config?: { time_zone?: string };
  /** Home Assistant's own: loads an integration's backend texts, returns its localize. */
  loadBackendTranslation?(
    category: string,
    integration?: string,
  ): Promise<(key: string, values?: Record<string, unknown>) => string>;
  themes?: { darkMode?: boolean };
  user?: HassUser;
  states: Record<string, HassEntity>;
}

export interface Period {
  name: string;
  start: string | null;
  end: string;
  days: number | null;
}

export interface Answer {
  accounts: string[];
  said: string | null;
  period: Period;
  rule: string;
}

export interface TopEntry {
  rank: number;
  name: string;
  artist: string | null;
  plays: number;
  ms_played: number;
  minutes: number;
  uri: string | null;
  /** Its artwork (Spotify's https URL), when Encore has it. */
  image: string | null;
}

export interface TopAnswer extends Answer {
  kind: string;
  items: TopEntry[];
}

export interface Totals {
  plays: number;
  ms_played: number;
  streams: number;
  ms_streamed: number;
  /** Null for podcasts and audiobooks: artists and songs are music's. */
  artists: number | null;
  tracks: number | null;
  minutes: number;
}

export interface StatsAnswer extends Answer {
  totals: Totals;
  heatmap: number[][];
  repeat_rate: number | null;
  skip_rate: number;
  taste: {
    new_artists_count: number | null;
    top_artists_share: number | null;
    streaks: { current_days: number; longest_days: number };
  };
}

export interface PlayRow {
  ended_at: string;
  started_at: string;
  ms_played: number;
  minutes: number;
  title: string | null;
  artist: string | null;
  album: string | null;
  uri: string | null;
  kind: string;
  account: string;
  /** history/models.py `Source`: a number on the wire. */
  source: number | string;
  device: string | null;
  skipped: boolean | null;
  /** The stored play's id: what a correction names (`encore/attribute`). */
  play_id: number;
  /** Whose it is (person entity ids); empty: the household's. */
  persons: string[];
  /** "certain", "likely" or "household". */
  certainty: string;
  /** The rule that decided: "account", "started_by", "owner", "room", "home", "nobody", "correction", "before". */
  rule: string;
}

/** What `encore/attribute` answers: the plays it was about, and how many changed. */
export interface Attributed {
  play_ids: number[];
  changed: number;
  /** Last.fm users that already hold a scrobble of these plays: Last.fm cannot take one back. */
  lastfm_kept?: string[];
}

export interface Match {
  kind: string;
  name: string;
  artist: string | null;
  score: number;
}

export interface HistoryAnswer extends Answer {
  match: Match | null;
  plays: PlayRow[];
}

export interface DaysAnswer extends Answer {
  days: [string, number][];
}

export interface ItemAnswer extends Answer {
  match: Match | null;
  count: number;
  plays: PlayRow[];
  ms_played: number;
  minutes: number;
  first: PlayRow | null;
  last: PlayRow | null;
  image: string | null;
  /** Every counted play of the period (not only `plays`, the latest): minutes by local day. */
  days: [string, number][];
  /** Minutes by local hour, 0 to 23. */
  hours: number[];
  /** Plays by device (null: an export's, no device known), most first. */
  devices: [string | null, number][];
  /** Plays by title of the tracks or episodes, most first. */
  tracks: [string, number][];
}

export interface AccountInfo {
  config_entry_id: string;
  title: string;
  kind: "spotify" | "sonos";
  persons: string[];
  mine: boolean;
  /** Whether the history holds plays of it (a Sonos household's go to the Spotify accounts). */
  has_plays?: boolean;
  /** This user may have Encore change the account (its owner allowed writes). */
  writable?: boolean;
}

/**
 * The accounts a "whose history" choice offers (the page's and the cards'
 * editor): Spotify accounts with plays. A Sonos household has no history of
 * its own (its plays are its listeners' accounts', issue 46; the actions
 * refuse it, issue 43.14); `chosen` stays listed, so a choice made before is
 * shown as it is.
 */
export function historyAccounts(accounts: AccountInfo[], chosen?: string): AccountInfo[] {
  return accounts.filter(
    (account) =>
      account.config_entry_id === chosen || (account.kind !== "sonos" && account.has_plays !== false),
  );
}

export interface Info {
  is_admin: boolean;
  history_open: boolean;
  accounts: AccountInfo[];
}

export interface Job {
  id: number;
  kind: string;
  account: string | null;
  status: string;
  started_at: string | null;
  finished_at: string | null;
  counts: Record<string, unknown>;
  error: string | null;
}

export interface SyncStatus {
  recent_jobs: Job[];
  recent_imports: Job[];
  coverage: {
    first: string | null;
    last: string | null;
    days_with_data: number;
    sources: Record<string, number>;
    gaps: [string, string][];
    imported: Record<string, number>;
  } | null;
}

export interface ImportEvent {
  account: string;
  title: string;
  status: "running" | "completed" | "completed_with_errors" | "failed";
  file?: string;
  percent?: number;
  rows?: number;
  imported?: number;
  duplicates?: number;
  replaced?: number;
  files?: number;
  files_already_imported?: number;
  /** A scrobble import's origin ("lastfm:<user>", "listenbrainz:<user>", "listenbrainz_export:<file>") and its counts. */
  source?: string;
  already_held?: number;
  joined?: number;
  new_songs?: number;
  skipped?: Record<string, number>;
  failed_files?: { name: string; error: string | null; translation_key?: string; translation_placeholders?: Record<string, string> }[];
  error?: string | null;
  translation_key?: string;
  translation_placeholders?: Record<string, string>;
}

/** Whether an import's origin is Last.fm's or ListenBrainz's (its report counts held scrobbles). */
export function isScrobbleImport(source: string | undefined): boolean {
  return !!source && /^(lastfm|listenbrainz|listenbrainz_export):/.test(source);
}

export function ask<T>(hass: HomeAssistant, command: string, fields: Record<string, unknown> = {}): Promise<T> {
  return hass.callWS<T>({ type: `encore/${command}`, ...fields });
}

/** A websocket error's text (translated by Home Assistant when it can). */
export function errorText(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
