"""The phrasings of the listening questions, as people say them (EN, DE).

Each family has the sentences people use, with `{when}` where a time goes
and `{name}` where a name goes; `PERIODS` are the times said, with the span
each one means, written out by hand from the test's now (Friday, November
20, 2026, 18:30 in Berlin). `NEGATIVES` are home and media control and
other questions that belong to Home Assistant, never to Encore.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)


def at(month: int, day: int, hour: int = 0, year: int = 2026) -> datetime:
    """A local moment."""
    return datetime(year, month, day, hour, tzinfo=TZ)


@dataclass(frozen=True, slots=True)
class Said:
    """A time as said in each language, and the span it means."""

    en: str
    de: str
    start: datetime | None
    end: datetime


PERIODS = {
    "today": Said("today", "heute", at(11, 20), NOW),
    "yesterday": Said("yesterday", "gestern", at(11, 19), at(11, 20)),
    "this_week": Said("this week", "diese Woche", at(11, 16), NOW),
    "last_week": Said("last week", "letzte Woche", at(11, 9), at(11, 16)),
    "this_month": Said("this month", "diesen Monat", at(11, 1), NOW),
    "last_month": Said("last month", "letzten Monat", at(10, 1), at(11, 1)),
    "october": Said("in October", "im Oktober", at(10, 1), at(11, 1)),
    "september": Said("in September", "im September", at(9, 1), at(10, 1)),
    "this_year": Said("this year", "dieses Jahr", at(1, 1), NOW),
    "last_year": Said("last year", "letztes Jahr", at(1, 1, year=2025), at(1, 1)),
    "in_2025": Said("in 2025", "im Jahr 2025", at(1, 1, year=2025), at(1, 1)),
    "last_30_days": Said(
        "in the last 30 days", "in den letzten 30 Tagen", at(10, 22), NOW
    ),
    "last_2_weeks": Said(
        "over the past two weeks", "in den letzten zwei Wochen", at(11, 7), NOW
    ),
    "last_3_months": Said(
        "in the last three months", "in den letzten drei Monaten", at(8, 21), NOW
    ),
    "last_night": Said("last night", "letzte Nacht", at(11, 19, 18), at(11, 20, 6)),
    "yesterday_evening": Said(
        "yesterday evening", "gestern Abend", at(11, 19, 18), at(11, 20)
    ),
    "this_morning": Said("this morning", "heute Morgen", at(11, 20, 5), at(11, 20, 12)),
    "this_afternoon": Said(
        "this afternoon", "heute Nachmittag", at(11, 20, 12), at(11, 20, 18)
    ),
    "saturday": Said("on Saturday", "am Samstag", at(11, 14), at(11, 15)),
    "last_friday": Said("last Friday", "letzten Freitag", at(11, 13), at(11, 14)),
    "november_3": Said("on November 3rd", "am 3. November", at(11, 3), at(11, 4)),
    "since_march": Said("since March", "seit März", at(3, 1), NOW),
    "since_october": Said("since October", "seit Oktober", at(10, 1), NOW),
    "since_monday": Said("since Monday", "seit Montag", at(11, 16), NOW),
    "lately": Said("lately", "in letzter Zeit", at(11, 7), NOW),
    "all_time": Said("ever", "insgesamt", None, NOW),
}

# Sentences by family; `{when}` is a time from PERIODS, `{name}` a name.
EN: dict[str, list[str]] = {
    "top_artists": [
        "who did I listen to most {when}",
        "hey assist, who did I listen to the most {when}",
        "who was my top artist {when}",
        "who have I been listening to the most {when}",
        "which artist did I play the most {when}",
        "um who did I listen to most {when}",
        "my top artists {when}",
        "what were my top artists {when}",
        "who's my favorite band {when}",
        "which band did I listen to most {when}",
        "tell me who I listened to most {when}",
        "who was my most played artist {when}",
    ],
    "top_tracks": [
        "what were my top songs {when}",
        "what song did I play the most {when}",
        "which tracks did I listen to most {when}",
        "my most played songs {when}",
        "what was my favourite song {when}",
        "top tracks {when}",
        "what songs did I listen to the most {when}",
        "give me my top 5 songs {when}",
    ],
    "top_albums": [
        "what were my top albums {when}",
        "which album did I listen to the most {when}",
        "my most played albums {when}",
    ],
    "listening_time": [
        "how long did I listen to music {when}",
        "how much music did I listen to {when}",
        "how many hours of music did I listen to {when}",
        "what's my listening time {when}",
        "how much time did I spend listening {when}",
        "hey, how much did I listen {when}",
        "how long have I been listening {when}",
        "how many minutes did I listen {when}",
    ],
    "plays": [
        "how many plays did I have {when}",
        "how many songs did I listen to {when}",
        "how many tracks did I play {when}",
        "what's my play count {when}",
        "how many streams did I have {when}",
    ],
    "artists_count": [
        "how many different artists did I listen to {when}",
        "how many artists did I listen to {when}",
        "how many bands did I hear {when}",
    ],
    "songs_count": [
        "how many different songs did I listen to {when}",
        "how many unique tracks did I play {when}",
    ],
    "play_count": [
        "how many times did I play {name} {when}",
        "how many times did I listen to {name} {when}",
        "how often did I listen to {name} {when}",
        "how often have I played {name} {when}",
        "um how many times did I hear {name} {when}",
        "how many plays does {name} have {when}",
        "how many times was {name} played {when}",
    ],
    "did_i": [
        "did I listen to {name} {when}",
        "did I play {name} {when}",
        "have I listened to {name} {when}",
        "hey did I hear {name} {when}",
    ],
    "what_played": [
        "what did I listen to {when}",
        "what have I been listening to {when}",
        "what music did I listen to {when}",
        "what did I play {when}",
        "so what was I listening to {when}",
        "recap my listening {when}",
        "what songs did I hear {when}",
    ],
    "taste": [
        "what's my music taste {when}",
        "describe my taste {when}",
        "what kind of music did I listen to {when}",
        "how would you describe my taste {when}",
    ],
    "peak": [
        "when do I usually listen to music",
        "what time of day do I listen the most {when}",
        "when did I listen most {when}",
        "which day do I listen to music the most",
    ],
    "new_artists": [
        "what new artists did I discover {when}",
        "did I discover any new artists {when}",
        "which new bands did I find {when}",
    ],
    "skips": [
        "how often do I skip songs {when}",
        "what's my skip rate {when}",
        "how many songs did I skip {when}",
    ],
    "repeat": [
        "what's my repeat rate {when}",
        "do I listen to the same songs over and over {when}",
    ],
    "most_skipped": [
        "what's my most skipped song {when}",
        "which song did I skip the most {when}",
        "what did I skip the most {when}",
        "hey, which track do I skip most often {when}",
        "my most skipped songs {when}",
        "um what was the song I skipped the most {when}",
        "which tracks have I skipped the most {when}",
        "what's the most skipped song {when}",
        "which songs get skipped the most {when}",
        "top skipped songs {when}",
    ],
    "most_skipped_artist": [
        "which artist do I skip most {when}",
        "who did I skip the most {when}",
        "what's my most skipped artist {when}",
        "whose songs do I skip the most {when}",
        "which band did I skip the most {when}",
        "who's the artist I skip the most {when}",
    ],
    "first_in": [
        "what was the first song I played {when}",
        "what did I listen to first {when}",
        "what was the first thing I heard {when}",
        "hey what was my first song {when}",
        "which song did I play first {when}",
        "first song {when}",
        "so what was the very first track I put on {when}",
        "the first song I heard {when}",
    ],
    "last_in": [
        "what was the last song I played {when}",
        "what was the last thing I listened to {when}",
        "which track did I play last {when}",
        "what was my last song {when}",
    ],
}
# Sentences that carry no period: the period list does not apply.
EN_FIXED: dict[str, list[str]] = {
    "first_play": [
        "when did I first listen to {name}",
        "when was the first time I played {name}",
        "when did I discover {name}",
        "when did I listen to {name} for the first time",
    ],
    "last_play": [
        "when did I last listen to {name}",
        "when was the last time I heard {name}",
        "when did I play {name} last",
    ],
    "last_song": [
        "what was the last song I played",
        "what did I listen to last",
        "what was the last track I listened to",
        "hey what was the last thing I played",
    ],
    "streak": [
        "what's my listening streak",
        "how many days in a row have I listened to music",
        "how long is my streak",
    ],
    "on_repeat": [
        "what have I had on repeat",
        "what's on repeat",
        "what songs have I been playing on repeat",
        "what am I obsessed with",
    ],
    "most_skipped": [
        "what's my most skipped song",
        "what song do I always skip",
        "what do I skip the most",
    ],
    "most_skipped_artist": [
        "which artist do I skip the most",
        "who do I skip most often",
    ],
    "first_today": [
        "what was the first song I played",
        "what did I start the day with",
        "what was the first thing I listened to",
        "what song did I start my morning with",
        "what song did I wake up to",
        "what was my first song of the day",
    ],
    "playing_at": [
        "what was playing at 8 pm yesterday",
        "what was I listening to yesterday at 8 pm",
        "what song was on at 8 last night",
        "what was playing yesterday at 7:50 pm",
        "what did I listen to at 8:30 this morning",
        "what was playing at 5:30 pm",
    ],
}
DE: dict[str, list[str]] = {
    "top_artists": [
        "wen habe ich {when} am meisten gehört",
        "hey wen hab ich {when} am häufigsten gehört",
        "wer war {when} mein Lieblingskünstler",
        "welche Band habe ich {when} am meisten gehört",
        "meine Top Künstler {when}",
    ],
    "top_tracks": [
        "welche Songs habe ich {when} am meisten gehört",
        "was waren {when} meine meistgehörten Lieder",
        "welches Lied habe ich {when} am häufigsten gehört",
        "meine Top 5 Songs {when}",
    ],
    "top_albums": ["welche Alben habe ich {when} am meisten gehört"],
    "listening_time": [
        "wie lange habe ich {when} Musik gehört",
        "wie viel Musik habe ich {when} gehört",
        "wie viele Stunden habe ich {when} gehört",
        "wie lange hab ich {when} gehört",
    ],
    "plays": [
        "wie viele Wiedergaben hatte ich {when}",
        "wie viele Lieder habe ich {when} gehört",
    ],
    "artists_count": ["wie viele verschiedene Künstler habe ich {when} gehört"],
    "songs_count": ["wie viele verschiedene Songs habe ich {when} gehört"],
    "play_count": [
        "wie oft habe ich {when} {name} gehört",
        "wie oft habe ich {name} {when} gehört",
        "wie häufig hab ich {when} {name} gespielt",
    ],
    "did_i": [
        "habe ich {when} {name} gehört",
        "hab ich {name} {when} gehört",
    ],
    "what_played": [
        "was habe ich {when} gehört",
        "was hab ich {when} so gehört",
        "welche Musik habe ich {when} gehört",
    ],
    "taste": ["wie ist mein Musikgeschmack {when}", "was für Musik höre ich {when}"],
    "new_artists": ["welche neuen Künstler habe ich {when} entdeckt"],
    "skips": ["wie viele Lieder habe ich {when} übersprungen"],
    "most_skipped": [
        "welches Lied habe ich {when} am meisten übersprungen",
        "welchen Song überspringe ich {when} am häufigsten",
        "was habe ich {when} am häufigsten geskippt",
        "was war {when} mein meistübersprungenes Lied",
        "welcher Song wird {when} am häufigsten übersprungen",
    ],
    "most_skipped_artist": [
        "welchen Künstler habe ich {when} am meisten übersprungen",
        "wen überspringe ich {when} am häufigsten",
        "welche Band hab ich {when} am öftesten geskippt",
        "wessen Lieder überspringe ich {when} am meisten",
    ],
    "first_in": [
        "was war {when} das erste Lied",
        "was habe ich {when} als erstes gehört",
        "welches Lied lief {when} zuerst",
        "erstes Lied {when}",
        "womit hab ich {when} angefangen",
        "was war {when} der erste Song",
    ],
    "last_in": [
        "was habe ich {when} zuletzt gehört",
        "was war {when} das letzte Lied",
        "was lief {when} als letztes",
        "was war {when} der letzte Song",
    ],
}
DE_FIXED: dict[str, list[str]] = {
    "first_play": [
        "wann habe ich {name} zum ersten Mal gehört",
        "wann habe ich zum ersten Mal {name} gehört",
    ],
    "last_play": [
        "wann habe ich {name} zuletzt gehört",
        "wann habe ich zum letzten Mal {name} gehört",
    ],
    "last_song": [
        "was habe ich zuletzt gehört",
        "welches Lied habe ich zuletzt gehört",
    ],
    "streak": ["wie lang ist meine Serie"],
    "on_repeat": ["was läuft bei mir in Dauerschleife"],
    "peak": ["wann höre ich am meisten Musik"],
    "most_skipped": [
        "welches Lied überspringe ich am meisten",
        "was überspringe ich am häufigsten",
    ],
    "most_skipped_artist": [
        "welchen Künstler überspringe ich am meisten",
        "wen skippe ich am meisten",
    ],
    "first_today": [
        "was war das erste Lied",
        "womit habe ich den Tag begonnen",
        "was hab ich heut als erstes gehört",
    ],
    "playing_at": [
        "was lief gestern um 20 Uhr",
        "was habe ich gestern um 20 Uhr gehört",
        "was lief heute um 17:30 Uhr",
    ],
}
# Which times each family is asked with (each has a clear winner).
FAMILY_PERIODS = {
    "top_artists": [
        "this_month",
        "last_week",
        "september",
        "this_week",
        "this_year",
        "last_year",
        "last_30_days",
        "yesterday_evening",
        "since_march",
        "all_time",
        "lately",
    ],
    "top_tracks": ["this_month", "last_year", "since_march", "all_time", "this_year"],
    "top_albums": ["this_month", "all_time", "in_2025"],
    "listening_time": [
        "today",
        "yesterday",
        "this_week",
        "last_week",
        "this_morning",
        "last_night",
        "saturday",
        "last_friday",
        "november_3",
        "last_2_weeks",
    ],
    "plays": [
        "today",
        "last_week",
        "this_month",
        "september",
        "since_monday",
        "in_2025",
    ],
    "artists_count": ["this_week", "last_month", "this_year", "last_3_months"],
    "songs_count": ["this_week", "this_year", "lately"],
    "play_count": ["this_year", "last_month", "since_october", "last_week", "today"],
    "did_i": ["last_week", "today", "this_afternoon", "yesterday"],
    "what_played": [
        "yesterday",
        "today",
        "last_night",
        "this_morning",
        "last_week",
        "saturday",
    ],
    "taste": ["this_year", "last_month", "all_time"],
    "peak": ["this_year", "last_month", "all_time"],
    "new_artists": ["this_year", "last_year"],
    "skips": ["this_month", "last_week", "this_year"],
    "repeat": ["this_month", "this_year"],
    "most_skipped": [
        "this_month",
        "this_year",
        "last_year",
        "all_time",
        "this_week",
        "last_30_days",
        "since_march",
    ],
    "most_skipped_artist": [
        "this_month",
        "this_year",
        "all_time",
        "last_year",
        "since_october",
        "this_week",
        "lately",
    ],
    "first_in": [
        "today",
        "this_morning",
        "yesterday",
        "this_afternoon",
        "yesterday_evening",
        "last_week",
        "november_3",
        "this_week",
    ],
    "last_in": [
        "yesterday",
        "last_night",
        "this_morning",
        "last_week",
        "november_3",
        "yesterday_evening",
    ],
}
NAMES = {
    "play_count": [
        "Daft Punk",
        "Bohemian Rhapsody",
        "justice",
        "One More Time by Daft Punk",
    ],
    "did_i": ["Queen", "Air", "Café Tacvba", "Daft Punk"],
    "first_play": ["Daft Punk", "Queen", "Sexy Boy", "cafe tacvba"],
    "last_play": ["Bohemian Rhapsody", "Justice", "Air"],
}
# Names as speech to text writes them: the one in the history is found.
MISHEARD = {
    "daft punks": "Daft Punk",
    "justis": "Justice",
    "bohemian rapsody": "Bohemian Rhapsody",
    "cafe tacuba": "Café Tacvba",
}

NEGATIVES_EN = [
    "turn on the kitchen light",
    "turn off the lights in the living room",
    "switch off the bedroom lamp",
    "turn on the tv",
    "dim the lights to 50 percent",
    "set the bedroom light to red",
    "open the garage door",
    "close the blinds",
    "lock the front door",
    "unlock the back door",
    "play Daft Punk in the kitchen",
    "play some music",
    "play music in the living room",
    "play the album Discovery",
    "play my discover weekly playlist",
    "play Bohemian Rhapsody",
    "play something by Queen on the bedroom speaker",
    "what's playing",
    "what is playing in the kitchen",
    "what's playing on the living room speaker",
    "what song is this",
    "pause",
    "pause the music",
    "stop the music",
    "resume",
    "unpause",
    "next song",
    "skip this song",
    "next track",
    "previous track",
    "go back to the last song",
    "set the volume to 30",
    "turn up the volume",
    "turn it down",
    "volume up",
    "mute the kitchen speaker",
    "shuffle my music",
    "what's the weather",
    "what's the weather like tomorrow",
    "is it going to rain today",
    "what time is it",
    "what's the date today",
    "set a timer for 10 minutes",
    "how much time is left on my timer",
    "cancel the timer",
    "add milk to my shopping list",
    "what's on my shopping list",
    "what's the temperature in the living room",
    "set the thermostat to 21 degrees",
    "is the front door locked",
    "are the lights on in the kitchen",
    "how many lights are on",
    "turn on the fan",
    "start the vacuum",
    "good night",
    "what's on my calendar today",
    "what is the temperature outside",
    "set the heating to 20",
    "turn off everything",
    "play the radio",
    "skip this track",
    "skip to the next song",
    "skip",
    "play the first song",
    "play the last song again",
    "go back to the first song",
    "play the first track of the album",
    "skip the intro",
]
NEGATIVES_DE = [
    "schalte das Licht in der Küche ein",
    "mach das Licht im Wohnzimmer aus",
    "schalte den Fernseher ein",
    "dimme das Licht auf 50 Prozent",
    "öffne das Garagentor",
    "schließe die Rollläden",
    "schließ die Haustür ab",
    "spiele Daft Punk in der Küche",
    "spiel Musik",
    "spiel etwas von Queen",
    "was läuft gerade",
    "was läuft in der Küche",
    "pause",
    "pausiere die Musik",
    "stopp die Musik",
    "weiter",
    "nächstes Lied",
    "nächster Titel",
    "vorheriges Lied",
    "lauter",
    "leiser",
    "stelle die Lautstärke auf 30",
    "wie ist das Wetter",
    "wie wird das Wetter morgen",
    "wie spät ist es",
    "welcher Tag ist heute",
    "stelle einen Timer auf 10 Minuten",
    "wie lange läuft der Timer noch",
    "setze Milch auf die Einkaufsliste",
    "was steht auf meiner Einkaufsliste",
    "wie warm ist es im Wohnzimmer",
    "stelle die Heizung auf 21 Grad",
    "ist die Haustür abgeschlossen",
    "sind die Lichter in der Küche an",
    "schalte den Ventilator ein",
    "starte den Staubsauger",
    "gute Nacht",
    "was steht heute in meinem Kalender",
    "schalte alles aus",
    "spiele das Radio",
    "mach die Musik lauter",
    "überspringe dieses Lied",
    "überspringe den Titel",
    "überspring das",
    "spiel das erste Lied",
    "spiel das letzte Lied nochmal",
    "zum nächsten Lied",
]
