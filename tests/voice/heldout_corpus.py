"""The held-out corpus: listening questions written apart from Encore's sentences.

Encore's Assist sentences were written from `voice_corpus.py`; that corpus
measures recall. These questions were written without looking at the
sentences (nor at that corpus's phrasings), the way people speak to a voice
satellite and the way speech-to-text writes it down: no punctuation, "uh"
and "ähm", numbers as words, contractions, British and American words,
German word order and compounds, rooms, people, and the content words
(music, songs, tracks, podcasts, episodes). They measure generalisation:
`scripts/bench voice` reports them apart, and theirs is the figure that
counts.

Each question names the family it asks (a key of `test_voice_corpus.SLOTS`),
the period it means (a key of `PERIODS`, or of `EXTRA_PERIODS` below for the
times the written corpus does not say) and, where it asks about one, the
name as stored (an artist, a song, "song by artist", or the podcast "The
Daily"); the text may say it as people do ("dont stop me now", "dance by
justice"). Questions about a moment carry the moment. The figures are
checked by `test_voice_corpus.expected`, over the plays of `test_voice`.

Two rules keep the figures right whatever Encore does next:
- A count of plays or time that says "music", "songs" or "tracks" only asks
  about a period without podcast plays, so it holds both while "music" still
  counts podcasts and after it stops doing so.
- A room is always the kitchen (every one of Ada's plays played there); a
  person is Ada, the only account, and "we" only about days when no one
  else played.

`NEGATIVES_EN` and `NEGATIVES_DE` are home-control and media sentences that
mention rooms, music, songs and podcasts: they belong to Home Assistant and
must never reach one of Encore's intents.
"""

from dataclasses import dataclass
from datetime import datetime

from .voice_corpus import NOW, PERIODS, Said, at

# Times people say that the written corpus does not: spans as Encore's
# periods define them (a number of days ends now and includes today).
EXTRA_PERIODS = {
    "last_7_days": Said(
        "in the last seven days", "in den letzten sieben Tagen", at(11, 14), NOW
    ),
    "day_before_yesterday": Said(
        "the day before yesterday", "vorgestern", at(11, 18), at(11, 19)
    ),
    "august": Said("in August", "im August", at(8, 1), at(9, 1)),
}


def said(period: str | None) -> Said | None:
    """The span of a period key, from either table."""
    if period is None:
        return None
    return PERIODS.get(period) or EXTRA_PERIODS[period]


@dataclass(frozen=True, slots=True)
class Asked:
    """One held-out question and what it means."""

    text: str
    family: str
    period: str | None
    """A key of PERIODS or EXTRA_PERIODS; "all_time" when no time is said;
    None for the families that take no period (first/last play of a name,
    last song, streak, on repeat, first today, playing at)."""
    name: str | None = None
    moment: datetime | None = None


def _q(
    text: str,
    family: str,
    period: str | None = "all_time",
    name: str | None = None,
) -> Asked:
    return Asked(text, family, period, name)


def _fixed(text: str, family: str, name: str | None = None) -> Asked:
    return Asked(text, family, None, name)


def _at(text: str, moment: datetime) -> Asked:
    return Asked(text, "playing_at", None, None, moment)


def _m(day: int, hour: int, minute: int = 0) -> datetime:
    return at(11, day, hour).replace(minute=minute)


QUEEN_SONG = "Bohemian Rhapsody"
DONT_STOP = "Don't Stop Me Now"
DANCE = "D.A.N.C.E. by Justice"
PODCAST = "The Daily"
CAFE = "Café Tacvba"

EN: list[Asked] = [
    # top_artists
    _q("uh who did i listen to the most this month", "top_artists", "this_month"),
    _q("who's my most played artist this year", "top_artists", "this_year"),
    _q("who have i been listening to most lately", "top_artists", "lately"),
    _q("which artist did i have on the most last week", "top_artists", "last_week"),
    _q("who was my number one artist back in september", "top_artists", "september"),
    _q("whats my favourite artist this year", "top_artists", "this_year"),
    _q("who's my favorite band of all time", "top_artists", "all_time"),
    _q(
        "which band did i listen to most in twenty twenty five",
        "top_artists",
        "in_2025",
    ),
    _q("top artists for the last three months", "top_artists", "last_3_months"),
    _q("who did i listen to most in the kitchen this week", "top_artists", "this_week"),
    _q("um who was i listening to the most yesterday", "top_artists", "yesterday"),
    _q(
        "what artist have i played most over the past thirty days",
        "top_artists",
        "last_30_days",
    ),
    _q("tell me my top artists since march", "top_artists", "since_march"),
    _q("who've i been playing most this past fortnight", "top_artists", "last_2_weeks"),
    _q("who did ada listen to most this month", "top_artists", "this_month"),
    _q("which musicians did i hear the most in september", "top_artists", "september"),
    _q("hey who's been my most listened to artist lately", "top_artists", "lately"),
    _q("give me my top five artists for last year", "top_artists", "last_year"),
    _q(
        "so who did i listen to most in the last seven days",
        "top_artists",
        "last_7_days",
    ),
    # top_tracks
    _q("whats my most played song this month", "top_tracks", "this_month"),
    _q("what song have i played the most this week", "top_tracks", "this_week"),
    _q("which track did i listen to most this week", "top_tracks", "this_week"),
    _q("what were my top five songs since october", "top_tracks", "since_october"),
    _q("what's the song i've listened to most this year", "top_tracks", "this_year"),
    _q(
        "uh what have been my top tracks in the last three months",
        "top_tracks",
        "last_3_months",
    ),
    _q("which tune did i play most last week", "top_tracks", "last_week"),
    _q("my most listened to song of all time", "top_tracks", "all_time"),
    _q("what song did i play the most in august", "top_tracks", "august"),
    _q("what was my number one song last year", "top_tracks", "last_year"),
    _q("top ten tracks since october", "top_tracks", "since_october"),
    _q(
        "what song did i have on the most in the kitchen this month",
        "top_tracks",
        "this_month",
    ),
    _q("which songs have i been playing the most recently", "top_tracks", "lately"),
    _q("um what's my favourite song this week", "top_tracks", "this_week"),
    _q("what song did ada play most last week", "top_tracks", "last_week"),
    # top_albums
    _q("what's my most played album this year", "top_albums", "this_year"),
    _q("which album did i listen to most last month", "top_albums", "last_month"),
    _q("what were my top albums in september", "top_albums", "september"),
    _q("which record have i played the most lately", "top_albums", "lately"),
    _q("top three albums of all time", "top_albums", "all_time"),
    _q("what album did i listen to the most this week", "top_albums", "this_week"),
    _q(
        "um which album have i had on the most since march", "top_albums", "since_march"
    ),
    _q(
        "what albums did i play most in twenty twenty five",
        "top_albums",
        "in_2025",
    ),
    _q("what's my favourite album this month", "top_albums", "this_month"),
    _q("my top albums for the past thirty days", "top_albums", "last_30_days"),
    _q("which lp did i listen to most last week", "top_albums", "last_week"),
    # listening_time
    _q("how long have i been listening for so far today", "listening_time", "today"),
    _q("what was my listening time last week", "listening_time", "last_week"),
    _q("how many hours did i listen this month", "listening_time", "this_month"),
    _q(
        "how many minutes of music did i listen to yesterday",
        "listening_time",
        "yesterday",
    ),
    _q("whats my total listening time this year", "listening_time", "this_year"),
    _q("how long was i listening for last night", "listening_time", "last_night"),
    _q("uh how much did i listen in october", "listening_time", "october"),
    _q("how much listening time have i got this week", "listening_time", "this_week"),
    _q(
        "how many hours have i spent listening since monday",
        "listening_time",
        "since_monday",
    ),
    _q(
        "what's my listening time for the past thirty days",
        "listening_time",
        "last_30_days",
    ),
    _q("how long was the music on this afternoon", "listening_time", "this_afternoon"),
    _q(
        "how many hours of music did i play yesterday evening",
        "listening_time",
        "yesterday_evening",
    ),
    _q("how long did i listen in the kitchen today", "listening_time", "today"),
    _q("how long did ada listen last week", "listening_time", "last_week"),
    _q("how much have i listened in total", "listening_time", "all_time"),
    _q("total listening hours last year", "listening_time", "last_year"),
    _q(
        "how many hours of songs did i listen to last week",
        "listening_time",
        "last_week",
    ),
    _q(
        "how much time have i spent listening to stuff this month",
        "listening_time",
        "this_month",
    ),
    _q("how long did we listen for on saturday", "listening_time", "saturday"),
    _q("how much listening did i do in august", "listening_time", "august"),
    # plays
    _q("how many plays did i have this week", "plays", "this_week"),
    _q("how many tracks did i play yesterday", "plays", "yesterday"),
    _q("how many streams did i have last month", "plays", "last_month"),
    _q("what's my play count for this year", "plays", "this_year"),
    _q("how many things did i listen to this morning", "plays", "this_morning"),
    _q("how many plays have i had since october", "plays", "since_october"),
    _q("how many plays in total", "plays", "all_time"),
    _q("um how many plays did i rack up last week", "plays", "last_week"),
    _q("count my plays for yesterday evening", "plays", "yesterday_evening"),
    _q("how many plays were there in the kitchen today", "plays", "today"),
    _q("how many times did i play music last friday", "plays", "last_friday"),
    _q("how many times did i press play this month", "plays", "this_month"),
    # artists_count
    _q(
        "how many different artists did i listen to this month",
        "artists_count",
        "this_month",
    ),
    _q("how many artists have i heard this year", "artists_count", "this_year"),
    _q("how many bands did i listen to last week", "artists_count", "last_week"),
    _q(
        "how many separate artists did i play in october",
        "artists_count",
        "october",
    ),
    _q(
        "how many unique artists have i ever listened to",
        "artists_count",
        "all_time",
    ),
    _q("number of artists i listened to yesterday", "artists_count", "yesterday"),
    _q(
        "how many different musicians did i hear since march",
        "artists_count",
        "since_march",
    ),
    _q(
        "how many artists did i play in the last thirty days",
        "artists_count",
        "last_30_days",
    ),
    _q("uh how many different bands this week", "artists_count", "this_week"),
    # songs_count
    _q(
        "how many different songs have i had on this week",
        "songs_count",
        "this_week",
    ),
    _q("how many unique tracks did i play last month", "songs_count", "last_month"),
    _q("how many distinct songs have i heard this year", "songs_count", "this_year"),
    _q(
        "how many individual songs did i listen to yesterday",
        "songs_count",
        "yesterday",
    ),
    _q("how many different tracks in october", "songs_count", "october"),
    _q("how many different tunes did i play last week", "songs_count", "last_week"),
    _q(
        "how many different songs have i played since monday",
        "songs_count",
        "since_monday",
    ),
    _q("how many unique songs have i got in my history", "songs_count", "all_time"),
    # play_count
    _q(
        "how many times have i played bohemian rhapsody this year",
        "play_count",
        "this_year",
        QUEEN_SONG,
    ),
    _q(
        "how often did i listen to daft punk last month",
        "play_count",
        "last_month",
        "Daft Punk",
    ),
    _q(
        "how many times did i play dont stop me now",
        "play_count",
        "all_time",
        DONT_STOP,
    ),
    _q(
        "uh how many times have i listened to justice this week",
        "play_count",
        "this_week",
        "Justice",
    ),
    _q(
        "how often have i played one more time by daft punk",
        "play_count",
        "all_time",
        "One More Time by Daft Punk",
    ),
    _q(
        "how many times did i hear genesis yesterday",
        "play_count",
        "yesterday",
        "Genesis",
    ),
    _q("how many plays does queen have this year", "play_count", "this_year", "Queen"),
    _q(
        "how many times have i put on sexy boy this month",
        "play_count",
        "this_month",
        "Sexy Boy",
    ),
    _q(
        "how many times did i play digital love in october",
        "play_count",
        "october",
        "Digital Love",
    ),
    _q(
        "how many episodes of the daily did i listen to this month",
        "play_count",
        "this_month",
        PODCAST,
    ),
    _q("how often did i play air lately", "play_count", "lately", "Air"),
    _q(
        "how many times did i stream around the world last week",
        "play_count",
        "last_week",
        "Around the World",
    ),
    _q(
        "count how many times i played da funk this year",
        "play_count",
        "this_year",
        "Da Funk",
    ),
    _q(
        "how many times have i listened to the daily podcast this year",
        "play_count",
        "this_year",
        PODCAST,
    ),
    _q(
        "how many times did ada play phantom last month",
        "play_count",
        "last_month",
        "Phantom",
    ),
    _q(
        "how often have i listened to daft punk in the kitchen this week",
        "play_count",
        "this_week",
        "Daft Punk",
    ),
    # did_i
    _q("did i listen to queen today", "did_i", "today", "Queen"),
    _q("have i played daft punk this week", "did_i", "this_week", "Daft Punk"),
    _q("did i play bohemian rhapsody yesterday", "did_i", "yesterday", QUEEN_SONG),
    _q("did i hear any justice last week", "did_i", "last_week", "Justice"),
    _q("have i listened to the daily this month", "did_i", "this_month", PODCAST),
    _q("did i listen to eres this year", "did_i", "this_year", "Eres"),
    _q("have i ever listened to cafe tacvba", "did_i", "all_time", CAFE),
    _q("did i play sexy boy last night", "did_i", "last_night", "Sexy Boy"),
    _q("did i listen to any daft punk in october", "did_i", "october", "Daft Punk"),
    _q("have i heard dance by justice recently", "did_i", "lately", DANCE),
    _q("uh did i put on any air yesterday", "did_i", "yesterday", "Air"),
    _q(
        "did i catch an episode of the daily today",
        "did_i",
        "today",
        PODCAST,
    ),
    _q("did ada listen to queen this week", "did_i", "this_week", "Queen"),
    # what_played
    _q("what was i listening to last night", "what_played", "last_night"),
    _q("what was i listening to this morning", "what_played", "this_morning"),
    _q("what music did i play yesterday", "what_played", "yesterday"),
    _q("what have i been listening to this week", "what_played", "this_week"),
    _q("what did i play in the kitchen yesterday", "what_played", "yesterday"),
    _q("what have i listened to lately", "what_played", "lately"),
    _q("uh what was i listening to on saturday", "what_played", "saturday"),
    _q(
        "what did i have on the day before yesterday",
        "what_played",
        "day_before_yesterday",
    ),
    _q("what did ada listen to yesterday evening", "what_played", "yesterday_evening"),
    _q("what was i playing yesterday evening", "what_played", "yesterday_evening"),
    _q("what songs did we listen to last night", "what_played", "last_night"),
    _q(
        "what was i listening to the day before yesterday",
        "what_played",
        "day_before_yesterday",
    ),
    _q("what have i been listening to since monday", "what_played", "since_monday"),
    # taste
    _q("what kind of music do i like", "taste", "all_time"),
    _q("whats my music taste", "taste", "all_time"),
    _q("what does my taste in music look like this year", "taste", "this_year"),
    _q("describe my taste", "taste", "all_time"),
    _q("what sort of music have i been into lately", "taste", "lately"),
    _q("what kind of stuff do i listen to", "taste", "all_time"),
    _q(
        "how would you describe my music taste since march",
        "taste",
        "since_march",
    ),
    _q("give me a summary of my taste in music", "taste", "all_time"),
    _q("what kind of music was i into last year", "taste", "last_year"),
    _q("what's my taste been like this month", "taste", "this_month"),
    # peak
    _q("what time of day do i usually listen to music", "peak", "all_time"),
    _q("when do i listen the most", "peak", "all_time"),
    _q("what's my busiest time for listening", "peak", "all_time"),
    _q("what time do i normally put music on", "peak", "all_time"),
    _q("when do i tend to listen to music", "peak", "all_time"),
    _q("what are my peak listening hours this year", "peak", "this_year"),
    _q("uh when am i usually listening", "peak", "all_time"),
    _q("what day and time do i listen to the most music", "peak", "all_time"),
    # new_artists
    _q("which new artists did i discover this month", "new_artists", "this_month"),
    _q("have i found any new artists this year", "new_artists", "this_year"),
    _q(
        "what new bands did i get into in twenty twenty five",
        "new_artists",
        "in_2025",
    ),
    _q("any new artists last month", "new_artists", "last_month"),
    _q(
        "who did i listen to for the first time this year",
        "new_artists",
        "this_year",
    ),
    _q("what artists are new to me since march", "new_artists", "since_march"),
    _q("did i discover anyone new lately", "new_artists", "lately"),
    _q("which artists have i discovered last year", "new_artists", "last_year"),
    # skips
    _q("how often do i skip songs", "skips", "all_time"),
    _q("how many songs did i skip this week", "skips", "this_week"),
    _q("what percentage of tracks do i skip", "skips", "all_time"),
    _q("how much am i skipping this month", "skips", "this_month"),
    _q("whats my skip rate last week", "skips", "last_week"),
    _q("how many times did i skip yesterday", "skips", "yesterday"),
    _q("do i skip a lot of songs", "skips", "all_time"),
    _q("uh how many tracks did i skip today", "skips", "today"),
    _q("how often did i skip stuff this year", "skips", "this_year"),
    # repeat
    _q("how often do i listen to the same songs again", "repeat", "all_time"),
    _q("how high is my repeat rate this year", "repeat", "this_year"),
    _q("how much do i replay songs", "repeat", "all_time"),
    _q("how many of my plays are repeats this month", "repeat", "this_month"),
    _q("do i listen to the same stuff over and over", "repeat", "all_time"),
    _q("how often did i replay tracks last week", "repeat", "last_week"),
    # most_skipped
    _q("which song do i skip the most", "most_skipped", "all_time"),
    _q("what track did i skip most this month", "most_skipped", "this_month"),
    _q("whats the song i skip most often", "most_skipped", "all_time"),
    _q("which tune do i always skip", "most_skipped", "all_time"),
    _q("what song have i skipped the most this year", "most_skipped", "this_year"),
    _q("um which track gets skipped the most", "most_skipped", "all_time"),
    # most_skipped_artist
    _q("which artist do i end up skipping the most", "most_skipped_artist", "all_time"),
    _q("who gets skipped most often", "most_skipped_artist", "all_time"),
    _q(
        "which band gets skipped the most this year", "most_skipped_artist", "this_year"
    ),
    _q("whose songs do i skip the most", "most_skipped_artist", "all_time"),
    _q(
        "which artist have i skipped most this month",
        "most_skipped_artist",
        "this_month",
    ),
    # first_in
    _q("what was the very first song i played yesterday", "first_in", "yesterday"),
    _q("what did i put on first this morning", "first_in", "this_morning"),
    _q("what was the first thing i played last week", "first_in", "last_week"),
    _q("what's the first track i heard on saturday", "first_in", "saturday"),
    _q(
        "which song did i start with yesterday evening", "first_in", "yesterday_evening"
    ),
    _q("what did i play first this afternoon", "first_in", "this_afternoon"),
    _q("uh what was the first song this month", "first_in", "this_month"),
    # last_in
    _q("what was the last song i heard yesterday", "last_in", "yesterday"),
    _q("what was the last thing i played last night", "last_in", "last_night"),
    _q(
        "which song did i finish with yesterday evening", "last_in", "yesterday_evening"
    ),
    _q("what was the last track on saturday", "last_in", "saturday"),
    _q("what was the last thing i heard this morning", "last_in", "this_morning"),
    _q("what was the final song i played last week", "last_in", "last_week"),
    _q("what did i end with last friday", "last_in", "last_friday"),
    # first_play
    _fixed("when did i first start listening to queen", "first_play", "Queen"),
    _fixed(
        "when was the first time i played bohemian rhapsody", "first_play", QUEEN_SONG
    ),
    _fixed("when did i first hear justice", "first_play", "Justice"),
    _fixed("when did i start listening to the daily", "first_play", PODCAST),
    _fixed("uh when was the first time i heard cafe tacvba", "first_play", CAFE),
    _fixed("when did i first play sexy boy", "first_play", "Sexy Boy"),
    _fixed("when did i first come across daft punk", "first_play", "Daft Punk"),
    # last_play
    _fixed("when did i last listen to daft punk", "last_play", "Daft Punk"),
    _fixed("when was the last time i played sexy boy", "last_play", "Sexy Boy"),
    _fixed("when did i last hear eres", "last_play", "Eres"),
    _fixed("when did i last put on air", "last_play", "Air"),
    _fixed(
        "when was the last episode of the daily i listened to", "last_play", PODCAST
    ),
    _fixed("when did i last listen to dont stop me now", "last_play", DONT_STOP),
    _fixed("how long ago did i last play queen", "last_play", "Queen"),
    _fixed(
        "when did i last play phantom by justice", "last_play", "Phantom by Justice"
    ),
    # last_song
    _fixed("what was the last song i listened to", "last_song"),
    _fixed("what did i play last", "last_song"),
    _fixed("which song was on last", "last_song"),
    _fixed("what was the last track i heard", "last_song"),
    _fixed("uh what was the most recent song i played", "last_song"),
    _fixed("what was the last thing i listened to", "last_song"),
    # streak
    _fixed("how many days in a row have i listened", "streak"),
    _fixed("what's my current listening streak", "streak"),
    _fixed("whats my longest streak", "streak"),
    _fixed("how many days straight have i played music", "streak"),
    _fixed("how long is my listening streak", "streak"),
    _fixed("how many days have i listened in a row now", "streak"),
    # on_repeat
    _fixed("what song have i had on repeat", "on_repeat"),
    _fixed("what have i been playing on repeat lately", "on_repeat"),
    _fixed("which song am i obsessed with at the moment", "on_repeat"),
    _fixed("what track have i been playing over and over", "on_repeat"),
    _fixed("what's on heavy rotation for me right now", "on_repeat"),
    _fixed("which song can't i stop playing", "on_repeat"),
    # first_today
    _fixed("what was the first song i put on today", "first_today"),
    _fixed("what song did i start my day with", "first_today"),
    _fixed("which track did i listen to first today", "first_today"),
    _fixed("uh what was the first thing i listened to today", "first_today"),
    _fixed("what song did i wake up to today", "first_today"),
    # playing_at
    _at("what song was playing at eight pm yesterday", _m(19, 20)),
    _at("what was on at eight o'clock last night", _m(19, 20)),
    _at("what was i listening to at ten past eight yesterday evening", _m(19, 20, 10)),
    _at("what was playing this morning at five past eight", _m(20, 8, 5)),
    _at("which song was on at quarter past five this afternoon", _m(20, 17, 15)),
    _at("what was playing at half past eight this morning", _m(20, 8, 30)),
    _at("what was i listening to at seven thirty yesterday evening", _m(19, 19, 30)),
    _at("what was playing at five twenty pm", _m(20, 17, 20)),
    _at("uh what song was on yesterday at 8 pm", _m(19, 20)),
    _at("what was playing at noon today", _m(20, 12)),
    # Asked around: "can you tell me", "i wanna know", fillers up front
    _q("can you tell me who i listened to most this week", "top_artists", "this_week"),
    _q("i wanna know my top songs for this year", "top_tracks", "this_year"),
    _q(
        "could you tell me how long i listened to music last week",
        "listening_time",
        "last_week",
    ),
    _q(
        "tell me what i was listening to yesterday evening",
        "what_played",
        "yesterday_evening",
    ),
    _q("do you know how many plays i had today", "plays", "today"),
    _q(
        "hey can you check how many times i played queen this month",
        "play_count",
        "this_month",
        "Queen",
    ),
    _q(
        "i'd like to know if i listened to justice yesterday",
        "did_i",
        "yesterday",
        "Justice",
    ),
    _fixed("remind me what the last song i played was", "last_song"),
    _fixed("let me know when i first listened to air", "first_play", "Air"),
    _at("can you find out what was playing at eight last night", _m(19, 20)),
    _q("so like what time of day am i listening the most", "peak", "all_time"),
    _q("how about my repeat rate last month", "repeat", "last_month"),
    _fixed("tell me how many days in a row i've been listening", "streak"),
    _fixed("what's the one song i keep going back to at the moment", "on_repeat"),
    _q("any idea which artist i skip the most", "most_skipped_artist", "all_time"),
    _q(
        "alright what was the first thing i listened to this morning",
        "first_in",
        "this_morning",
    ),
    _q("okay and what was the last thing i played on saturday", "last_in", "saturday"),
    _q(
        "what percentage of my listening this month was skipped",
        "skips",
        "this_month",
    ),
    _q(
        "um how many different artists have i listened to so far this year",
        "artists_count",
        "this_year",
    ),
    _q(
        "how many different songs did i get through last week",
        "songs_count",
        "last_week",
    ),
    _q(
        "who was i listening to the most in the kitchen yesterday",
        "top_artists",
        "yesterday",
    ),
    _q("who's topping my charts this month", "top_artists", "this_month"),
    _q("what's been my go to album lately", "top_albums", "lately"),
    _q(
        "how many tunes did i listen to yesterday evening", "plays", "yesterday_evening"
    ),
    _q("did any new artists pop up for me this month", "new_artists", "this_month"),
    _q("what song did i skip the most this year", "most_skipped", "this_year"),
    _fixed(
        "when was the last time i listened to bohemian rhapsody by queen",
        "last_play",
        "Bohemian Rhapsody by Queen",
    ),
    _fixed("what was the first song i heard today", "first_today"),
]

DE: list[Asked] = [
    # top_artists
    _q("wen habe ich diesen Monat am häufigsten gehört", "top_artists", "this_month"),
    _q("wer ist mein Lieblingskünstler dieses Jahr", "top_artists", "this_year"),
    _q(
        "ähm welchen Künstler habe ich letzte Woche am meisten gehört",
        "top_artists",
        "last_week",
    ),
    _q("wer war im September mein meistgehörter Künstler", "top_artists", "september"),
    _q("welche Band lief bei mir in letzter Zeit am meisten", "top_artists", "lately"),
    _q("meine Top Künstler im letzten Jahr", "top_artists", "last_year"),
    _q("wen höre ich insgesamt am meisten", "top_artists", "all_time"),
    _q(
        "welche Interpreten habe ich gestern am meisten gehört",
        "top_artists",
        "yesterday",
    ),
    _q("wen hat Ada diesen Monat am meisten gehört", "top_artists", "this_month"),
    _q(
        "wen habe ich in der Küche diese Woche am meisten gehört",
        "top_artists",
        "this_week",
    ),
    _q(
        "wer waren meine Lieblingskünstler in den letzten dreißig Tagen",
        "top_artists",
        "last_30_days",
    ),
    # top_tracks
    _q(
        "welches Lied habe ich diesen Monat am meisten gehört",
        "top_tracks",
        "this_month",
    ),
    _q("was ist mein meistgehörter Song dieses Jahr", "top_tracks", "this_year"),
    _q("mein Lieblingslied letzte Woche", "top_tracks", "last_week"),
    _q(
        "ähm welche Songs habe ich diese Woche am häufigsten gespielt",
        "top_tracks",
        "this_week",
    ),
    _q(
        "was waren meine Top fünf Lieder in den letzten drei Monaten",
        "top_tracks",
        "last_3_months",
    ),
    _q("welchen Titel habe ich insgesamt am öftesten gehört", "top_tracks", "all_time"),
    _q(
        "welches Stück lief in letzter Zeit am meisten",
        "top_tracks",
        "lately",
    ),
    _q("meine Top Songs seit Oktober", "top_tracks", "since_october"),
    # top_albums
    _q(
        "welches Album habe ich dieses Jahr am meisten gehört",
        "top_albums",
        "this_year",
    ),
    _q("was ist mein Lieblingsalbum diesen Monat", "top_albums", "this_month"),
    _q("meine meistgehörten Alben im September", "top_albums", "september"),
    _q("welche Platte lief letzte Woche am häufigsten", "top_albums", "last_week"),
    _q("welches Album höre ich insgesamt am meisten", "top_albums", "all_time"),
    _q(
        "ähm welche Alben habe ich seit März am meisten gehört",
        "top_albums",
        "since_march",
    ),
    # listening_time
    _q(
        "wie viele Stunden Musik habe ich letzte Woche gehört",
        "listening_time",
        "last_week",
    ),
    _q("wie lange habe ich heute zugehört", "listening_time", "today"),
    _q("wie viel habe ich diesen Monat gehört", "listening_time", "this_month"),
    _q(
        "wie viele Minuten Musik habe ich gestern gehört", "listening_time", "yesterday"
    ),
    _q("wie lange lief gestern Abend Musik", "listening_time", "yesterday_evening"),
    _q(
        "wie viel Zeit habe ich dieses Jahr mit Hören verbracht",
        "listening_time",
        "this_year",
    ),
    _q("ähm wie lange habe ich im Oktober gehört", "listening_time", "october"),
    _q("meine Hörzeit diese Woche", "listening_time", "this_week"),
    _q("wie lange hat Ada letzte Woche gehört", "listening_time", "last_week"),
    _q("wie lange habe ich heute in der Küche gehört", "listening_time", "today"),
    _q("wie viele Stunden habe ich insgesamt gehört", "listening_time", "all_time"),
    _q("wie lange haben wir am Samstag Musik gehört", "listening_time", "saturday"),
    _q(
        "wie viel habe ich in den letzten sieben Tagen gehört",
        "listening_time",
        "last_7_days",
    ),
    # plays
    _q("wie viele Wiedergaben hatte ich diese Woche", "plays", "this_week"),
    _q("wie viele Lieder habe ich gestern abgespielt", "plays", "yesterday"),
    _q("wie oft habe ich letzten Monat etwas abgespielt", "plays", "last_month"),
    _q("wie viele Titel liefen letzte Nacht", "plays", "last_night"),
    _q("ähm wie viele Wiedergaben habe ich dieses Jahr", "plays", "this_year"),
    _q("Anzahl meiner Wiedergaben heute", "plays", "today"),
    # artists_count
    _q(
        "wie viele verschiedene Künstler habe ich diesen Monat gehört",
        "artists_count",
        "this_month",
    ),
    _q("wie viele Bands habe ich letzte Woche gehört", "artists_count", "last_week"),
    _q(
        "wie viele unterschiedliche Interpreten habe ich dieses Jahr gehört",
        "artists_count",
        "this_year",
    ),
    _q("wie viele Künstler waren es gestern", "artists_count", "yesterday"),
    _q(
        "wie viele verschiedene Künstler höre ich insgesamt",
        "artists_count",
        "all_time",
    ),
    # songs_count
    _q(
        "wie viele verschiedene Lieder habe ich diese Woche gehört",
        "songs_count",
        "this_week",
    ),
    _q(
        "wie viele unterschiedliche Songs habe ich letzten Monat gehört",
        "songs_count",
        "last_month",
    ),
    _q("wie viele verschiedene Titel waren es dieses Jahr", "songs_count", "this_year"),
    _q(
        "ähm wie viele einzelne Songs habe ich im Oktober gehört",
        "songs_count",
        "october",
    ),
    _q(
        "wie viele verschiedene Stücke habe ich gestern gehört",
        "songs_count",
        "yesterday",
    ),
    # play_count
    _q(
        "wie oft hab ich dieses Jahr Bohemian Rhapsody gespielt",
        "play_count",
        "this_year",
        QUEEN_SONG,
    ),
    _q("wie oft lief Daft Punk letzten Monat", "play_count", "last_month", "Daft Punk"),
    _q(
        "wie häufig habe ich diese Woche Justice gehört",
        "play_count",
        "this_week",
        "Justice",
    ),
    _q(
        "wie oft habe ich Sexy Boy von Air gespielt",
        "play_count",
        "all_time",
        "Sexy Boy by Air",
    ),
    _q(
        "wie viele Folgen von The Daily habe ich diesen Monat gehört",
        "play_count",
        "this_month",
        PODCAST,
    ),
    _q(
        "ähm wie oft habe ich gestern Genesis gehört",
        "play_count",
        "yesterday",
        "Genesis",
    ),
    _q(
        "wie oft hat Ada im Oktober Digital Love gehört",
        "play_count",
        "october",
        "Digital Love",
    ),
    _q("wie oft habe ich Queen insgesamt gehört", "play_count", "all_time", "Queen"),
    # did_i
    _q("habe ich heute Queen gehört", "did_i", "today", "Queen"),
    _q("hab ich diese Woche Daft Punk gehört", "did_i", "this_week", "Daft Punk"),
    _q(
        "habe ich gestern Abend Sexy Boy gehört",
        "did_i",
        "yesterday_evening",
        "Sexy Boy",
    ),
    _q("lief letzte Woche was von Justice", "did_i", "last_week", "Justice"),
    _q(
        "habe ich diesen Monat den Podcast The Daily gehört",
        "did_i",
        "this_month",
        PODCAST,
    ),
    _q("habe ich jemals Café Tacvba gehört", "did_i", "all_time", CAFE),
    _q("ähm hab ich im Oktober Eres gehört", "did_i", "october", "Eres"),
    # what_played
    _q("was habe ich gestern Abend gehört", "what_played", "yesterday_evening"),
    _q("was lief heute Morgen", "what_played", "this_morning"),
    _q("was für Musik hab ich gestern gehört", "what_played", "yesterday"),
    _q("was habe ich diese Woche so gehört", "what_played", "this_week"),
    _q("was habe ich in letzter Zeit gehört", "what_played", "lately"),
    _q("ähm was lief am Samstag", "what_played", "saturday"),
    _q("was hat Ada letzte Nacht gehört", "what_played", "last_night"),
    _q("was lief gestern in der Küche", "what_played", "yesterday"),
    _q("was habe ich vorgestern gehört", "what_played", "day_before_yesterday"),
    # taste
    _q("was für Musik höre ich gern", "taste", "all_time"),
    _q("beschreib meinen Musikgeschmack", "taste", "all_time"),
    _q("wie ist mein Geschmack dieses Jahr", "taste", "this_year"),
    _q("was für Musik mag ich", "taste", "all_time"),
    _q("ähm welche Art von Musik höre ich in letzter Zeit", "taste", "lately"),
    # peak
    _q("wann höre ich meistens Musik", "peak", "all_time"),
    _q("zu welcher Uhrzeit höre ich am meisten", "peak", "all_time"),
    _q("um wie viel Uhr höre ich normalerweise Musik", "peak", "all_time"),
    _q("an welchem Tag und zu welcher Zeit höre ich am meisten", "peak", "all_time"),
    _q("wann höre ich am liebsten Musik", "peak", "all_time"),
    # new_artists
    _q(
        "welche neuen Künstler habe ich diesen Monat entdeckt",
        "new_artists",
        "this_month",
    ),
    _q("habe ich dieses Jahr neue Bands entdeckt", "new_artists", "this_year"),
    _q(
        "welche Künstler habe ich letztes Jahr zum ersten Mal gehört",
        "new_artists",
        "last_year",
    ),
    _q("ähm gab es seit März neue Künstler", "new_artists", "since_march"),
    # skips
    _q("wie oft überspringe ich Lieder", "skips", "all_time"),
    _q("wie viele Songs habe ich diese Woche übersprungen", "skips", "this_week"),
    _q("wie hoch ist meine Skip Rate diesen Monat", "skips", "this_month"),
    _q("wie viele Titel habe ich gestern weggeklickt", "skips", "yesterday"),
    _q("wie viel Prozent der Lieder überspringe ich", "skips", "all_time"),
    # repeat
    _q("wie oft höre ich dieselben Lieder nochmal", "repeat", "all_time"),
    _q("wie hoch ist meine Wiederholungsrate dieses Jahr", "repeat", "this_year"),
    _q("höre ich immer die gleichen Songs", "repeat", "all_time"),
    _q(
        "wie viele meiner Wiedergaben waren diesen Monat Wiederholungen",
        "repeat",
        "this_month",
    ),
    # most_skipped
    _q("welches Lied überspringe ich am häufigsten", "most_skipped", "all_time"),
    _q(
        "welchen Song habe ich diesen Monat am meisten übersprungen",
        "most_skipped",
        "this_month",
    ),
    _q(
        "welcher Titel wird bei mir am öftesten übersprungen",
        "most_skipped",
        "all_time",
    ),
    # most_skipped_artist
    _q("welche Band überspringe ich am häufigsten", "most_skipped_artist", "all_time"),
    _q("wen überspringe ich am meisten", "most_skipped_artist", "all_time"),
    _q(
        "welchen Künstler überspringe ich dieses Jahr am häufigsten",
        "most_skipped_artist",
        "this_year",
    ),
    # first_in
    _q("was war das erste Lied gestern", "first_in", "yesterday"),
    _q("was lief heute Morgen als erstes", "first_in", "this_morning"),
    _q(
        "mit welchem Song habe ich gestern Abend angefangen",
        "first_in",
        "yesterday_evening",
    ),
    _q("was lief am Samstag als erstes", "first_in", "saturday"),
    # last_in
    _q("was war das letzte Lied gestern", "last_in", "yesterday"),
    _q("was habe ich letzte Nacht als letztes gehört", "last_in", "last_night"),
    _q("welcher Song lief heute Nachmittag zuletzt", "last_in", "this_afternoon"),
    _q("was lief letzten Freitag als letztes", "last_in", "last_friday"),
    # first_play
    _fixed("wann hab ich zum ersten Mal Queen gehört", "first_play", "Queen"),
    _fixed(
        "wann habe ich Bohemian Rhapsody das erste Mal gespielt",
        "first_play",
        QUEEN_SONG,
    ),
    _fixed("seit wann höre ich Justice", "first_play", "Justice"),
    _fixed("wann lief The Daily zum ersten Mal", "first_play", PODCAST),
    # last_play
    _fixed("wann habe ich zuletzt Daft Punk gehört", "last_play", "Daft Punk"),
    _fixed("wann lief Sexy Boy das letzte Mal", "last_play", "Sexy Boy"),
    _fixed("wann habe ich das letzte Mal Eres gehört", "last_play", "Eres"),
    _fixed("ähm wann hab ich zuletzt Queen gespielt", "last_play", "Queen"),
    # last_song
    _fixed("was war das letzte Lied das ich gehört habe", "last_song"),
    _fixed("was hab ich als letztes gehört", "last_song"),
    _fixed("welcher Song lief als letztes", "last_song"),
    _fixed("was lief zuletzt", "last_song"),
    # streak
    _fixed("wie viele Tage am Stück habe ich Musik gehört", "streak"),
    _fixed("wie lang ist meine Hörserie", "streak"),
    _fixed("wie viele Tage hintereinander habe ich gehört", "streak"),
    # on_repeat
    _fixed("welches Lied höre ich gerade in Dauerschleife", "on_repeat"),
    _fixed("was läuft bei mir zurzeit rauf und runter", "on_repeat"),
    _fixed("welchen Song höre ich im Moment ständig", "on_repeat"),
    # first_today
    _fixed("welches Lied lief heute als erstes", "first_today"),
    _fixed("womit habe ich heute angefangen", "first_today"),
    _fixed("welchen Song habe ich heute als erstes gehört", "first_today"),
    # playing_at
    _at("was lief gestern Abend um acht", _m(19, 20)),
    _at("welches Lied lief heute um Viertel nach fünf", _m(20, 17, 15)),
    _at("was habe ich heute früh um acht Uhr fünf gehört", _m(20, 8, 5)),
    _at("was lief gestern um zwanzig Uhr zehn", _m(19, 20, 10)),
    _at("was lief heute um halb neun", _m(20, 8, 30)),
    # Umschrieben gefragt: Nebensätze, "sag mal", Füllwörter, Denglisch
    _q(
        "kannst du mir sagen wen ich diese Woche am meisten gehört habe",
        "top_artists",
        "this_week",
    ),
    _q(
        "sag mir mal welche Lieder ich dieses Jahr am häufigsten gehört habe",
        "top_tracks",
        "this_year",
    ),
    _q(
        "ich möchte wissen wie lange ich letzte Woche Musik gehört habe",
        "listening_time",
        "last_week",
    ),
    _q(
        "weißt du was ich gestern Abend gehört habe", "what_played", "yesterday_evening"
    ),
    _q("wie viele Wiedergaben hatte ich heute eigentlich", "plays", "today"),
    _q(
        "kannst du nachschauen wie oft ich diesen Monat Queen gehört habe",
        "play_count",
        "this_month",
        "Queen",
    ),
    _q("hab ich gestern eigentlich Justice gehört", "did_i", "yesterday", "Justice"),
    _fixed("was war nochmal das letzte Lied", "last_song"),
    _fixed("wann hab ich Air zum ersten Mal gehört", "first_play", "Air"),
    _at("was lief gestern um acht Uhr abends", _m(19, 20)),
    _q("um welche Uhrzeit höre ich eigentlich am meisten Musik", "peak", "all_time"),
    _q("wie hoch war meine Wiederholungsrate letzten Monat", "repeat", "last_month"),
    _fixed("wie viele Tage in Folge höre ich schon Musik", "streak"),
    _q("welchen Künstler skippe ich am meisten", "most_skipped_artist", "all_time"),
    _q("welches Lied skippe ich am häufigsten", "most_skipped", "all_time"),
    _q("was habe ich heute früh als erstes gehört", "first_in", "this_morning"),
    _q("was lief am Samstag zuletzt", "last_in", "saturday"),
    _q("wie viel Prozent habe ich diesen Monat übersprungen", "skips", "this_month"),
    _q(
        "ähm wie viele verschiedene Künstler hab ich dieses Jahr schon gehört",
        "artists_count",
        "this_year",
    ),
    _q(
        "wie viele unterschiedliche Lieder habe ich letzte Woche gehört",
        "songs_count",
        "last_week",
    ),
    _q(
        "wen habe ich gestern in der Küche am meisten gehört",
        "top_artists",
        "yesterday",
    ),
    _q("welches Album lief in letzter Zeit am häufigsten", "top_albums", "lately"),
    _q("wie viele Lieder liefen gestern Abend", "plays", "yesterday_evening"),
    _q("wie viel Musik hab ich denn gestern so gehört", "listening_time", "yesterday"),
    _q(
        "wie viele Stunden habe ich diesen Monat gehört", "listening_time", "this_month"
    ),
    _q("was habe ich seit Montag gehört", "what_played", "since_monday"),
    _q("welche Künstler höre ich am liebsten", "top_artists", "all_time"),
    _q("was ist mein Lieblingsalbum überhaupt", "top_albums", "all_time"),
    _q(
        "welche neuen Bands habe ich diesen Monat kennengelernt",
        "new_artists",
        "this_month",
    ),
    _q(
        "habe ich in den letzten drei Monaten neue Künstler entdeckt",
        "new_artists",
        "last_3_months",
    ),
    _q(
        "wie oft habe ich in den letzten dreißig Tagen Daft Punk gehört",
        "play_count",
        "last_30_days",
        "Daft Punk",
    ),
    _q(
        "habe ich vorgestern The Daily gehört", "did_i", "day_before_yesterday", PODCAST
    ),
    _q("womit habe ich gestern Abend aufgehört", "last_in", "yesterday_evening"),
    _q("was hab ich heute Nachmittag als erstes gehört", "first_in", "this_afternoon"),
    _fixed("wann lief zuletzt Bohemian Rhapsody", "last_play", QUEEN_SONG),
    _fixed("wann hab ich das letzte Mal The Daily gehört", "last_play", PODCAST),
    _fixed("was höre ich zurzeit am meisten", "on_repeat"),
    _fixed("wie lange ist meine aktuelle Serie", "streak"),
    _q("wie oft habe ich diese Woche Lieder übersprungen", "skips", "this_week"),
    _q("wie oft wiederhole ich Songs", "repeat", "all_time"),
    _fixed("welcher Song kam heute als allererstes", "first_today"),
]

# Written for issue 36 apart from the parser, before it was run on them: more
# slang and spoken filler, other verbs ("clocked", "bumping", "had on"),
# question words at the end, and moments said the other way round.
EN += [
    _q("yo who have i been bumping the most this month", "top_artists", "this_month"),
    _q(
        "out of curiosity who did i stream the most this month",
        "top_artists",
        "this_month",
    ),
    _q("who did i listen to the most in september", "top_artists", "september"),
    _q("what was my most played tune this month", "top_tracks", "this_month"),
    _q("what were the three songs i played most this week", "top_tracks", "this_week"),
    _q("which album got the most plays from me this year", "top_albums", "this_year"),
    _q("my top record this month", "top_albums", "this_month"),
    _q(
        "how many hours have i clocked on spotify this week",
        "listening_time",
        "this_week",
    ),
    _q("how much time did i spend with music yesterday", "listening_time", "yesterday"),
    _q(
        "roughly how long did i listen for this morning",
        "listening_time",
        "this_morning",
    ),
    _q(
        "how many minutes did i spend listening last night",
        "listening_time",
        "last_night",
    ),
    _q(
        "what's the total amount of time i listened this month",
        "listening_time",
        "this_month",
    ),
    _q("um whats my listening time since october", "listening_time", "since_october"),
    _q("how many songs have i played today", "plays", "today"),
    _q(
        "how many tracks did i get through yesterday evening",
        "plays",
        "yesterday_evening",
    ),
    _q("give me my play count for last week", "plays", "last_week"),
    _q("how many plays did i have over the past two weeks", "plays", "last_2_weeks"),
    _q("how many artists did i hear yesterday", "artists_count", "yesterday"),
    _q(
        "how many different bands have i played since march",
        "artists_count",
        "since_march",
    ),
    _q("how many different songs did i hear today", "songs_count", "today"),
    _q("how many unique tunes this month", "songs_count", "this_month"),
    _q(
        "how many times have i had daft punk on this year",
        "play_count",
        "this_year",
        "Daft Punk",
    ),
    _q("how often did i put queen on last month", "play_count", "last_month", "Queen"),
    _q(
        "how many plays has justice got in the last thirty days",
        "play_count",
        "last_30_days",
        "Justice",
    ),
    _q("have i listened to any queen this month", "did_i", "this_month", "Queen"),
    _q("did i play anything by air this week", "did_i", "this_week", "Air"),
    _q("was i listening to daft punk yesterday", "did_i", "yesterday", "Daft Punk"),
    _q("what did i have playing yesterday", "what_played", "yesterday"),
    _q("what have i been playing this week", "what_played", "this_week"),
    _q(
        "give me a rundown of what i played yesterday",
        "what_played",
        "yesterday",
    ),
    _q("what genres am i into", "taste", "all_time"),
    _q("how would you sum up my music taste this year", "taste", "this_year"),
    _q("what hour of the day do i play the most music", "peak", "all_time"),
    _q("which day of the week do i listen to music most", "peak", "all_time"),
    _q("who are the new artists i found this month", "new_artists", "this_month"),
    _q("have i come across any new bands lately", "new_artists", "lately"),
    _q("how often do i skip tracks this month", "skips", "this_month"),
    _q("what share of songs did i skip last week", "skips", "last_week"),
    _q("what's the song i skip the most this month", "most_skipped", "this_month"),
    _q("which band do i skip most", "most_skipped_artist", "all_time"),
    _q("what was the first track i put on this morning", "first_in", "this_morning"),
    _q("what song did i open with on saturday", "first_in", "saturday"),
    _q("what did i finish off with yesterday", "last_in", "yesterday"),
    _fixed("when did i first ever play daft punk", "first_play", "Daft Punk"),
    _fixed("when was the first time i heard sexy boy", "first_play", "Sexy Boy"),
    _fixed("when did i last have queen on", "last_play", "Queen"),
    _fixed("when's the last time i listened to air", "last_play", "Air"),
    _fixed("what song did i play most recently", "last_song"),
    _fixed("what was the last tune i heard", "last_song"),
    _fixed("how many days running have i listened to music", "streak"),
    _fixed("what song am i hooked on right now", "on_repeat"),
    _fixed("what have i been playing to death lately", "on_repeat"),
    _fixed("what's the first thing i played today", "first_today"),
    _at("what was playing at quarter to nine last night", _m(19, 20, 45)),
    _at("what was i listening to at eight thirty this morning", _m(20, 8, 30)),
    _at("what song was on at five pm today", _m(20, 17)),
]

# Für Issue 36 getrennt vom Parser geschrieben, bevor er sie las: andere
# Verben ("gestreamt", "geskippt"), Wortstellung, "bei mir", Komposita.
DE += [
    _q("wen hab ich diesen Monat am meisten gestreamt", "top_artists", "this_month"),
    _q(
        "welcher Künstler lief bei mir dieses Jahr am häufigsten",
        "top_artists",
        "this_year",
    ),
    _q(
        "was waren meine drei meistgespielten Songs diese Woche",
        "top_tracks",
        "this_week",
    ),
    _q("welches Lied lief letztes Jahr am öftesten", "top_tracks", "last_year"),
    _q(
        "welche Platte habe ich dieses Jahr am meisten gehört",
        "top_albums",
        "this_year",
    ),
    _q(
        "wie viel Zeit habe ich gestern mit Musik verbracht",
        "listening_time",
        "yesterday",
    ),
    _q("wie lange lief bei mir heute Morgen Musik", "listening_time", "this_morning"),
    _q(
        "wie viele Minuten habe ich letzte Nacht gehört", "listening_time", "last_night"
    ),
    _q("wie viele Songs liefen heute bei mir", "plays", "today"),
    _q("wie viele Wiedergaben waren es letzte Woche", "plays", "last_week"),
    _q("wie viele Künstler habe ich seit März gehört", "artists_count", "since_march"),
    _q(
        "wie viele unterschiedliche Titel habe ich heute gehört",
        "songs_count",
        "today",
    ),
    _q("wie oft lief Queen dieses Jahr", "play_count", "this_year", "Queen"),
    _q("wie oft habe ich in letzter Zeit Air gehört", "play_count", "lately", "Air"),
    _q("habe ich heute schon Daft Punk gehört", "did_i", "today", "Daft Punk"),
    _q("lief gestern was von Queen", "did_i", "yesterday", "Queen"),
    _q("was hab ich denn gestern so alles gehört", "what_played", "yesterday"),
    _q("was lief bei mir in den letzten zwei Wochen", "what_played", "last_2_weeks"),
    _q("wie würdest du meinen Musikgeschmack beschreiben", "taste", "all_time"),
    _q("was für Musik höre ich so", "taste", "all_time"),
    _q("um welche Uhrzeit läuft bei mir am meisten Musik", "peak", "all_time"),
    _q("welche Bands habe ich dieses Jahr neu entdeckt", "new_artists", "this_year"),
    _q("wie oft habe ich letzte Woche geskippt", "skips", "last_week"),
    _q(
        "welches Lied skippe ich diesen Monat am meisten",
        "most_skipped",
        "this_month",
    ),
    _q(
        "welche Band wird bei mir am häufigsten übersprungen",
        "most_skipped_artist",
        "all_time",
    ),
    _q("welches Lied kam heute Morgen zuerst", "first_in", "this_morning"),
    _q("welcher Titel lief gestern ganz zum Schluss", "last_in", "yesterday"),
    _fixed("wann lief Sexy Boy bei mir zum allerersten Mal", "first_play", "Sexy Boy"),
    _fixed("wann lief zuletzt Air", "last_play", "Air"),
    _fixed("welchen Song hab ich eben zuletzt gespielt", "last_song"),
    _fixed("seit wie vielen Tagen höre ich schon am Stück Musik", "streak"),
    _fixed("was läuft bei mir gerade in Dauerschleife", "on_repeat"),
    _fixed("was war heute mein erster Song", "first_today"),
    _at("was lief gestern Abend um neun", _m(19, 21)),
    _at("welcher Song lief heute um halb sechs", _m(20, 17, 30)),
]

NEGATIVES_EN = [
    "turn on the music in the kitchen",
    "play music in the living room",
    "what's playing in the kitchen",
    "pause the music",
    "set the kitchen volume to 30",
    "turn the music up in the bedroom",
    "turn down the music",
    "stop the music in the kitchen",
    "skip this song",
    "next song",
    "skip to the next track in the living room",
    "play some daft punk in the kitchen",
    "play bohemian rhapsody on the bedroom speaker",
    "resume the music",
    "unpause the kitchen speaker",
    "mute the living room",
    "turn the volume down to twenty in the kitchen",
    "what song is this",
    "who's singing this",
    "what's on in the living room",
    "turn off the kitchen lights",
    "turn on the lights in the bedroom",
    "is the kitchen light on",
    "what's the temperature in the living room",
    "set the thermostat to twenty one degrees",
    "open the garage door",
    "lock the front door",
    "turn off everything in the kitchen",
    "how many lights are on in the kitchen",
    "what time is it",
    "set a timer for ten minutes",
    "what's the weather like",
    "play the daily podcast",
    "play my discover weekly playlist",
    "shuffle my liked songs",
    "play something by queen",
    "put on some music",
    "turn it up",
    "previous track",
    "go back a song",
    "play the next episode",
    "is anything playing in the kitchen",
    "is the music on in the bedroom",
    "turn on the radio in the kitchen",
    "stop playing music in all rooms",
    "group the kitchen and living room speakers",
    "play music everywhere",
    "pause the bedroom",
    "set volume to 30 percent on the living room speaker",
    "turn the tv off",
    "switch off the kitchen speaker",
    # "add this song to my playlist" and "like this song" left out: since
    # issue 39 they are Encore's (voice/spotify_actions.py), on purpose.
    "play the last song again",
    "what's the name of this song",
    "who is this artist",
    "what album is this from",
    "add milk to the shopping list",
    "close the blinds in the living room",
    "turn the heating up in the kitchen",
    "where is ada",
    "is ada home",
    "turn on the fan in the bedroom",
    "how warm is it in the kitchen",
    "what's the humidity in the bathroom",
    "turn the music off in the living room",
    "play music on the kitchen speaker",
    "resume playback in the kitchen",
    "play jazz in the living room",
    "turn up the volume in the kitchen",
    "what's the volume in the kitchen",
    "turn the bedroom speaker down a bit",
    "play songs by daft punk on the living room speaker",
    "set the living room lights to fifty percent",
    "dim the kitchen lights",
    "how long is left on the timer",
    "is the kitchen window open",
    "what's playing right now",
    "what is this song called",
    "turn off the speaker in the office",
    "play the daily on the kitchen speaker",
    "pause the podcast",
    "next episode",
    "uh turn the music down in the kitchen",
    "what's playing on the kitchen speaker",
    "is the living room tv on",
    "play one more time by daft punk",
    "shuffle music in the bedroom",
    "stop the podcast in the kitchen",
    "put this song on repeat",
    "turn on repeat in the kitchen",
    "turn shuffle on",
    "what's the next song",
    "how long is left on this song",
    "who sings the song that's playing in the kitchen",
    "how loud is the kitchen speaker",
    "skip the song in the kitchen",
    "restart this song",
]

NEGATIVES_DE = [
    "Spiel Musik im Wohnzimmer",
    "Mach die Musik in der Küche an",
    "Was läuft gerade in der Küche",
    "Pausiere die Musik",
    "Stell die Lautstärke in der Küche auf dreißig",
    "Mach die Musik lauter",
    "Mach die Musik im Schlafzimmer leiser",
    "Stopp die Musik",
    "Nächster Song",
    "Nächstes Lied",
    "Überspring dieses Lied",
    "Spiel Daft Punk in der Küche",
    "Spiel Bohemian Rhapsody im Schlafzimmer",
    "Setze die Wiedergabe fort",
    "Mach das Licht in der Küche an",
    "Schalte das Wohnzimmerlicht aus",
    "Wie warm ist es im Wohnzimmer",
    "Stelle die Heizung auf einundzwanzig Grad",
    "Wie spät ist es",
    "Stell einen Timer auf zehn Minuten",
    "Wie wird das Wetter",
    "Spiel den Podcast The Daily",
    "Spiel die nächste Folge",
    "Welches Lied ist das",
    "Wer singt das",
    "Läuft im Schlafzimmer Musik",
    "Ist in der Küche Musik an",
    "Schalte den Lautsprecher in der Küche aus",
    "Mach den Fernseher aus",
    "Lautstärke auf fünfzig Prozent",
    "Vorheriges Lied",
    "Spiel das letzte Lied nochmal",
    "Spiel Musik in allen Räumen",
    "Öffne das Garagentor",
    "Schließe die Rollläden im Wohnzimmer",
    "Ist Ada zu Hause",
    "Wo ist Ada",
    "Wie hoch ist die Luftfeuchtigkeit im Bad",
    "Setz Milch auf die Einkaufsliste",
    "Spiel Radio in der Küche",
    "Wie lange läuft der Timer noch",
    "Was läuft gerade",
    "Pausiere den Podcast",
    "Spiel Musik von Queen im Wohnzimmer",
    "ähm mach die Musik in der Küche aus",
    "Musik in der Küche leiser",
    "Wie heißt das Lied",
    "Wiederhole dieses Lied",
    "Schalte Zufallswiedergabe ein",
    "Was ist das nächste Lied",
    "Wer singt das Lied in der Küche",
    "Wie laut ist der Lautsprecher in der Küche",
    "Überspringe das Lied im Wohnzimmer",
    "Starte das Lied von vorne",
    "Mach im Wohnzimmer Musik an",
    "Spiel was von Justice",
]

# Written for issue 36: commands and questions about what plays now that
# say "I", "my", "did I" or a history word, and must stay Home Assistant's
# (liking a song or adding it to the favourites is Encore's Spotify writes;
# "play my favourite songs" is Encore's play from the history, issue 39).
NEGATIVES_EN += [
    "play the song i listened to yesterday",
    "put on the album i played last night",
    "play what i was listening to this morning in the kitchen",
    "turn up the music i'm listening to",
    "skip the song that's playing in the kitchen",
    "what song is playing in the living room right now",
    "who is singing in the kitchen",
    "is music playing in the bedroom",
    "what's the song on the kitchen speaker",
    "how long has the music been playing in the kitchen",
    "turn on spotify in the office",
    "stop the music in every room",
    "play my daily mix in the bedroom",
    "play songs by queen in the kitchen",
    "how many speakers are playing music",
    "is the kitchen speaker playing",
    "what album is playing in the kitchen",
    "which artist is this",
    "who sings this song",
    "what's playing on spotify",
    "play the podcast i was listening to",
    "resume the podcast in the kitchen",
    "play the next episode of the daily in the kitchen",
    "set the music volume to twenty percent",
    "remove this song from my playlist",
    "skip ahead thirty seconds",
    "play something i haven't heard in a while",
    "did i leave the music on in the kitchen",
    "have i got any music playing in the bedroom",
    "am i listening to spotify or the radio",
    "what am i listening to right now",
    "what song am i listening to",
    "can you play the last song i heard",
    "uh play some jazz in the living room",
    "turn off the music in the kids room",
    "how many songs are in the queue",
    "what's the volume on the bedroom speaker",
    "lower the volume in the kitchen please",
    "play music in the office and the kitchen",
]

# Für Issue 36: Befehle und Fragen nach dem, was jetzt läuft, mit "ich",
# "mein" oder Wörtern vom Hören; sie bleiben Home Assistants.
NEGATIVES_DE += [
    "Spiel das Lied das ich gestern gehört habe",
    "Leg das Album auf das ich gestern gespielt habe",
    "Was höre ich gerade",
    "Welches Lied höre ich gerade",
    "Wer singt das Lied das gerade läuft",
    "Mach die Musik aus die in der Küche läuft",
    "Spiel meinen Mix in der Küche",
    "Läuft in der Küche noch Musik",
    "Ist die Musik im Bad an",
    "Hab ich die Musik in der Küche angelassen",
    "Wie lange läuft die Musik schon in der Küche",
    "Wie viele Lautsprecher spielen gerade Musik",
    "Wie viele Lieder sind in der Warteschlange",
    "Spiel den Podcast weiter den ich gehört habe",
    "Mach die Musik im Kinderzimmer lauter",
    "Welcher Künstler ist das",
    "Von wem ist dieses Lied",
    "Spiel meine Playlist im Schlafzimmer",
    "ähm spiel mal was Ruhiges in der Küche",
    "Stell die Musik im Wohnzimmer auf zwanzig Prozent",
    "Was für ein Lied läuft da gerade",
    "Welches Album läuft gerade im Wohnzimmer",
]
