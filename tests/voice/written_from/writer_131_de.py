"""Writer 131, terse power user (Graz student), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="top 5 künstler heuer",
        family="top_artists",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="plays diesen monat",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="skip-quote letzte 30 tage",
        family="skips",
        period="last_30_days",
    ),
    Fresh(
        text="hörzeit oktober, in std",
        family="listening_time",
        period="october",
    ),
    Fresh(
        text="lieblingslied letzte woche",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="top album 2025",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="podcast nr. 1 in letzter zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie viele versch. künstler seit märz",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="anzahl verschiedener lieder heuer",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="wie oft bohemian rhapsody diese woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="was lief um halb neun heute früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mein musikgeschmack, kurz",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens? uhrzeit + wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wiederholungsrate seit oktober",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="streak? wie viele tage am stück",
        family="streak",
    ),
    Fresh(
        text="erster track heut",
        family="first_today",
    ),
    Fresh(
        text="letztes lied überhaupt",
        family="last_song",
    ),
    Fresh(
        text="erstes lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzter song letzten freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="meistgeskipptes lied",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="aktueller dauerbrenner, welcher song?",
        family="on_repeat",
    ),
    Fresh(
        text="monatsrückblick pls",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="jahresrückblick heuer",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="morgens oder abends mehr gehört?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="wochenende vs. unter der woche, wo hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="justice zum ersten mal, wann",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann zuletzt air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="was lief gestern abend um viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="std musik im sommer",
        family="listening_time",
        period="summer",
        content="music",
    ),
    Fresh(
        text="wie viele podcastfolgen letzte woche",
        family="plays",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="küche: meistgehörter song seit montag",
        family="top_tracks",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="radiohead je gehört?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="urleiwand, wer war mein top-künstler im august",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="unsere top 3 lieder letzten monat",
        family="top_tracks",
        period="last_month",
        count=3,
        person="we",
    ),
    Fresh(
        text="letzter track gestern abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich letztes wochenende gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="hörzeit heut bis jetzt",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="neue künstler letzte 3 monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="skips diese woche",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wie oft one more time letzten sommer",
        family="play_count",
        period="last_summer",
        name="One More Time",
    ),
    Fresh(
        text="the daily heut schon?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="was lief am 3. november um 12",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="plays samstag",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="wie viele verschiedene künstler letztes jahr",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="lieblingsalbum im september, is eh fix discovery oder?",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="adas top podcast heuer",
        family="top_podcasts",
        period="this_year",
        person="Ada",
    ),
    Fresh(
        text="wochenrückblick",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wann hab ich zuletzt the weeknd gehört",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="letzte nacht, was lief",
        family="what_played",
        period="last_night",
    ),
]

NEGATIVES = [
    "daft punk in der küche spielen",
    "lauter",
    "nächstes lied",
    "pause",
    "welches lied ist das",
    "zufallswiedergabe an",
    "küchenlicht aus",
    "timer 10 min",
    "wetter morgen graz",
    "the daily abspielen",
    "oida, leiser bitte",
    "lautstärke 30",
    "wiederholen aus",
    "lautsprecher küche und wohnzimmer gruppieren",
    "was läuft grad in der küche",
    "hafermilch auf die einkaufsliste",
    "heizung auf 21",
    "nächste folge",
    "don't stop me now von queen in der küche",
    "wecker 7 uhr",
    "shuffle aus",
    "wer singt das grad",
    "album cross abspielen",
]
