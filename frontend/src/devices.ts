// Where a play was heard, in words: its source and its device as people
// know them. Pure (unit-tested); the page's alone.

/** The sources of a play, by the number the history stores (history/models.py `Source`). */
export const SOURCES = [
  "export_extended",
  "export_account",
  "spotify_recent",
  "spotify_player",
  "sonos",
  "media_player",
  "lastfm",
  "listenbrainz",
] as const;

/** The translation key's last part for a play's source (a number, or a name). */
export function sourceName(source: number | string): string {
  return typeof source === "number" ? (SOURCES[source] ?? "media_player") : source;
}

// Spotify's exports name a platform, not a device ("ios", "windows",
// "Android OS 12 API 31 (…)"): written as their makers write them.
const PLATFORMS: Record<string, string> = {
  ios: "iOS",
  ipados: "iPadOS",
  android: "Android",
  windows: "Windows",
  osx: "macOS",
  macos: "macOS",
  linux: "Linux",
  web_player: "Web Player",
  webplayer: "Web Player",
  chromecast: "Chromecast",
  sonos: "Sonos",
  tvos: "tvOS",
  watchos: "watchOS",
  wearos: "Wear OS",
  playstation: "PlayStation",
  xbox: "Xbox",
  alexa: "Alexa",
  tizen: "Tizen",
  webos: "webOS",
  partner: "Partner",
};

function platform(text: string): string {
  const [first, ...rest] = text.split(/\s+/);
  const known = PLATFORMS[first.toLowerCase()];
  return known ? [known, ...rest].join(" ") : text;
}

/**
 * A device as people know it; null when the play does not say. Spotify's
 * platform strings are shortened to their device: "Partner google
 * cast_tv;Chromecast;;" is a Chromecast, "web_player windows 10;chrome
 * 71.0;desktop" the Web Player on Windows 10.
 */
export function deviceName(device: string | null | undefined): string | null {
  const text = (device ?? "").trim();
  if (!text || text === "?") {
    return null;
  }
  const segments = text.split(";").map((part) => part.trim());
  if (/^partner\s/i.test(text)) {
    const named = segments.slice(1).filter(Boolean).join(" ");
    return named || segments[0].replace(/^partner\s+/i, "").replace(/_/g, " ");
  }
  if (/^web_?player\b/i.test(text)) {
    const on = segments[0].split(/\s+/).slice(1).join(" ");
    return on ? `Web Player (${platform(on)})` : "Web Player";
  }
  return platform(segments.filter(Boolean).join(" · "));
}
