"""Writer 58, a bilingual person who switches between German and English mid-sentence, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer war mein top artist this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who war denn so mein go-to artist letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="meine top 3 artists of all time, bitte",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="mein Künstler des Jahres twenty twenty five, wer war das",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was war mein top song last month",
        family="top_tracks",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="welcher track lief bei uns am meisten im Oktober",
        family="top_tracks",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="sag mal, meine five most played songs seit März",
        family="top_tracks",
        period="since_march",
        count=5,
        content="music",
    ),
    Fresh(
        text="in der Küche, was war der top song this summer",
        family="top_tracks",
        period="summer",
        room="kitchen",
        content="music",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich this year am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum in letzter Zeit, which one ist das so",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast ist eigentlich mein go-to",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="mein top podcast im September?", family="top_podcasts", period="september"
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute listened", family="listening_time", period="today"
    ),
    Fresh(
        text="how long lief Musik gestern Abend",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="wie viel time haben wir letzte Woche mit Musik verbracht",
        family="listening_time",
        period="last_week",
        person="we",
        content="music",
    ),
    Fresh(
        text="wie viele hours insgesamt seit Oktober",
        family="listening_time",
        period="since_october",
    ),
    # plays
    Fresh(
        text="wie viele plays hatte ich so in the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele songs hab ich heute Morgen gespielt, quick",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl der podcast episodes this month?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele streams hatten wir vorgestern",
        family="plays",
        period="day_before_yesterday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wie viele different artists hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene bands in 2025, roughly",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs waren's im August, so total",
        family="songs_count",
        period="august",
        content="music",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Queen gehört this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="D.A.N.C.E. von Justice, how many times lief das",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wie oft lief Radiohead letzten Monat, just curious",
        family="play_count",
        period="last_month",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab ich Daft Punk so recently mal gehört",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="lief gestern eigentlich Air, yes or no?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="haben wir last weekend The Daily gehört",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hab ich jemals The Weeknd gehört, like ever",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="was hab ich so gehört yesterday", family="what_played", period="yesterday"
    ),
    Fresh(
        text="was lief am Samstag, so overview-mäßig",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was hat Ada this afternoon gehört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    Fresh(
        text="was hab ich am dritten November gehört, quick summary bitte",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was war on gestern so um Viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute früh um halb neun, what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief letzten Samstag at noon",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="gestern um acht Uhr abends, what was on",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="wie würdest du meinen taste beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für ein vibe hab ich so, taste-mäßig, dieses Jahr",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="wann hör ich usually, also welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="irgendwelche new artists entdeckt in letzter Zeit?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hab ich im Oktober for the first time gehört",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="wie hoch ist meine skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wie oft skippe ich songs so generell",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben Sachen again and again, so repeat rate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="wie viele Tage in a row hab ich schon gehört", family="streak"),
    # first_play
    Fresh(
        text="wann hab ich Café Tacvba zum ersten Mal gehört, the very first time",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich Around the World first gehört",
        family="first_play",
        name="Around the World",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Digital Love gehört, so last time",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann lief Queen zum letzten Mal, the last time I mean",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="was war der last song, den ich gespielt hab",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(text="was war heute mein first song", family="first_today", content="music"),
    # first_in
    Fresh(
        text="was war der first track vorgestern",
        family="first_in",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="womit hab ich letzte Woche gestartet, first song?",
        family="first_in",
        period="last_week",
        content="music",
    ),
    # last_in
    Fresh(
        text="was war der letzte song last night",
        family="last_in",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört, so the last one",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welchen song skippe ich am meisten",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="welcher artist wird bei mir am häufigsten geskippt",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher song ist bei mir so on repeat zurzeit",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein month so", family="recap", period="this_month"
    ),
    Fresh(
        text="gib mir ein recap von letztem Jahr", family="recap", period="last_year"
    ),
    Fresh(text="run me durch meine Woche, bitte", family="recap", period="this_week"),
    # compare_day_parts
    Fresh(
        text="bin ich eher ein morning oder evening Hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am weekend mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays oder Wochenende, wann hör ich mehr in letzter Zeit",
        family="compare_week",
        period="lately",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die music lauter",
    "skip den song",
    "was läuft gerade in der Küche",
    "was ist das für ein song right now",
    "pause den podcast",
    "next track bitte",
    "mach das Küchenlicht off",
    "spiel das album Discovery",
    "volume auf dreißig",
    "shuffle an bitte",
    "repeat mode ausschalten please",
    "verbinde den kitchen speaker mit dem Wohnzimmer",
    "stell einen timer for zwanzig minutes",
    "wie wird das weather morgen",
    "setz Milch auf die shopping list",
    "stell die Heizung auf twenty one Grad",
    "was hör ich gerade, what is this",
    "spiel The Daily, die latest episode",
    "leiser bitte, too loud",
    "spiel was Chilliges for cooking",
    "stopp die Musik in der Küche",
    "spiel Bohemian Rhapsody von Queen, full volume",
    "ein song zurück please",
    "mach den speaker mute",
    "weck mich at seven",
    "wer singt das hier gerade",
    "spiel Café Tacvba im Wohnzimmer",
]
