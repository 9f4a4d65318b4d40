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
  locale?: { language: string };
  language?: string;
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
  artists: number;
  tracks: number;
  minutes: number;
}

export interface StatsAnswer extends Answer {
  totals: Totals;
  heatmap: number[][];
  repeat_rate: number;
  skip_rate: number;
  taste: {
    new_artists_count: number;
    top_artists_share: number;
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
  source: string;
  device: string | null;
  skipped: boolean | null;
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
}

export interface AccountInfo {
  config_entry_id: string;
  title: string;
  kind: "spotify" | "sonos";
  persons: string[];
  mine: boolean;
  /** This user may have Encore change the account (its owner allowed writes). */
  writable?: boolean;
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
  status: "running" | "completed" | "failed";
  file?: string;
  percent?: number;
  rows?: number;
  imported?: number;
  duplicates?: number;
  replaced?: number;
  error?: string | null;
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
