"""Writer 572, eine Deutschtürkin aus Berlin-Neukölln Anfang zwanzig (Kiezdeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ey welchen sänger hab ich letzte woche am meisten gehört wallah",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war so mein künstler von 2025 sag ma",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="alter wen feier ich in letzter zeit so krass",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="küche wer lief bei uns am meisten oktober lan",
        family="top_artists",
        period="october",
        person="we",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was is mein lieblingslied dieses jahr ich schwör ich weiß nich mehr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="sag ma meine top drei lieder letzten monat",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welches album hab ich am meisten gehört lan",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lieblingsalbum diesen sommer welches war das nochma",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast hör ich so am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="was für podcast war ich letzten monat so süchtig alter",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="wie lang lief heut musik bei mir lan",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel stunden wir haben gehört letzte woche küche",
        family="listening_time",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wallah wie viel zeit hab ich podcast gehört diesen monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute schon gespielt alter",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="seit montag wie oft lief überhaupt was",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele folgen podcast hab ich august gehört",
        family="plays",
        period="august",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel unterschiedliche sänger letzte 30 tage",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder diesen monat lan",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="wieviel andere songs hab ich seit oktober gehört",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich queen gehört dieses jahr ich schwör voll oft",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="digga wie oft lief one more time",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="the daily im september wie oft",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab ich apache gehört",
        family="play_count",
        period="all_time",
        name="Apache 207",
    ),
    # did_i
    Fresh(
        text="gestern ich hab justice gehört oder nich",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns letztes wochenende daft punk",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="hab ich jemals ezhel gehört lan",
        family="did_i",
        period="all_time",
        name="Ezhel",
    ),
    Fresh(
        text="air vorgestern gehört oder was",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was lief heute morgen bei mir wallah ich war so müde",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="samstag was hab ich da gehört lan",
        family="what_played",
        period="saturday",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so um acht abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute früh halb neun was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgestern um neun abends was war an küche",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik hör ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma mein musikgeschmack ich schwör ich bin gespannt",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens musik so uhrzeit mein ich",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem tag und um wieviel uhr hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="seit märz welche neuen sänger hab ich so gefunden",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="wie oft skip ich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="skip ich viel diese woche oder chill",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer die gleichen lieder oder was alter",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="letzte sieben tage wie oft hab ich songs nochmal gehört",
        family="repeat",
        period="last_7_days",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander hab ich musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wie lang is meine serie schon lan jeden tag gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="bohemian rhapsody wann erstes mal bei mir",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief eres das letzte mal von cafe tacuba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="was war mein letztes lied",
        family="last_song",
    ),
    Fresh(
        text="welches lied hab ich zuletzt gehört sag ma",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute mein erstes lied",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht lan",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes lied gestern welches",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war letzte nacht mein letztes lied",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="letzte lied am dritten november welches war",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen song drück ich immer weg ich schwör",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem sänger drück ich immer weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches lied hab ich grad auf dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchen song kann ich grad nich aufhören wallah",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma wie war mein oktober musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mein jahresrückblick yallah",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war letztes jahr bei uns so",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher morgen oder nacht hörer lan",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter der woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochenende oder normale tage wann läuft bei mir mehr musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "mach ma daft punk küche",
    "lauter lan",
    "mach leiser alter meine mutter schläft",
    "welches lied is das grad wallah geil",
    "skip das lied is schlecht",
    "pause podcast kurz",
    "nächstes lied wohnzimmer",
    "mach licht aus küche",
    "spiel album discovery",
    "wie wird wetter morgen neukölln",
    "schreib ayran auf einkaufsliste",
    "timer zehn minuten börek",
    "mach heizung an ich frier lan",
    "was hör ich grad",
    "spiel apache küche",
    "mach shuffle an",
    "wiederhol das lied nochmal ich schwör is so gut",
    "alle boxen zusammen machen",
    "spiel the daily neue folge",
    "lautstärke auf sieben",
    "stopp musik sofort",
    "mach radio an",
    "wie spät is lan",
    "wer singt das grad",
    "musik auch schlafzimmer machen",
]
