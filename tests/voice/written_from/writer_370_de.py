"""Writer 370, Spracherkennungsfehler bei einer schnell sprechenden Hamburgerin (Namen falsch erkannt, zusammengezogene Wörter, Norddeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin wer war denn mein meistgehörter künstler diesen monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich letztes jahr am meisten gehört so bandmäßig",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="sach ma wer war mein top act zwanzig fünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was war mein lieblingslied im sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="sach ma meine drei meistgespielten lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welcher song liefn in den letzten dreißig tagen am meisten",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="welches album habich letzte woche am meisten gehört",
        family="top_albums",
        period="last_week",
    ),
    Fresh(
        text="wasn mein album des jahres bis jetzt",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast hör ich in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welcher podcast lief seit oktober am häufigsten",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="wielange lief heute musik bei mir",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich im oktober gehört",
        family="listening_time",
        period="october",
    ),
    Fresh(
        text="wie lang lief bei uns gestern musik in der küche",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele stunden podcasts habich seit märz gehört",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="wieviel musik lief denn inn letzten sieben tagen",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="wieviele lieder hab ich seit montag gespielt",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wieviele verschiedene künstler hab ich dies jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viele unterschiedliche songs warn das letzten monat",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemien rapsodie gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief taft punk diese woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich fettes brot gehört",
        family="play_count",
        period="all_time",
        name="Fettes Brot",
    ),
    Fresh(
        text="wie oft lief la famm darschang letzten sommer",
        family="play_count",
        period="last_summer",
        name="La femme d'argent",
    ),
    # did_i
    Fresh(
        text="hab ich gestern dschastis gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hattich vorgestern die deili an",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="lief am sonnabend kwien",
        family="did_i",
        period="saturday",
        name="Queen",
    ),
    Fresh(
        text="hab ich in letzter zeit ähr gehört",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="ham wir letzte woche kaffee takuba gehört",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="habich im august wann mor taim gehört",
        family="did_i",
        period="august",
        name="One More Time",
    ),
    # what_played
    Fresh(
        text="was hab ich gesternabend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heute nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hat ada am wochenende gehört",
        family="what_played",
        period="last_weekend",
        person="Ada",
    ),
    Fresh(
        text="was hab ich im september so gehört",
        family="what_played",
        period="september",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so gegen zehn nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heut früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief um halb sechs heute inner küche",
        family="playing_at",
        moment="2026-11-20 17:30",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens musik so uhrzeit und wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich inn letzten drei monaten neu entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="hör ich immer dieselben lieder nochmal und nochmal",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wieviele tage hintereinander hab ich jetzt musik gehört",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste mal deft pank gehört",
        family="first_play",
        name="Daft Punk",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt dont stop mi nau gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief zuletzt jan delay",
        family="last_play",
        name="Jan Delay",
    ),
    # last_song
    Fresh(
        text="was war das letzte lied was ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heute aufgewacht welches lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welches lied lief letzten freitag als erstes",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="letztes lied am dritten november",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma wie war mein november so musikalisch",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="gib mir mal n rückblick auf letztes jahr",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich eher unter der woche oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel taft punk in der küche",
    "mach die musik lauter",
    "mach ma büschen leiser",
    "was läuft grad inner küche",
    "was isn das fürn lied",
    "überspring das lied",
    "nächstes lied",
    "pausier den podcast",
    "mach das küchenlicht aus",
    "spiel das album diskaweri",
    "zufallswiedergabe an",
    "wiederholung aus",
    "stell nen timer auf zehn minuten",
    "wie wird das wetter morgen in hamburg",
    "schreib milch auf die einkaufsliste",
    "dreh die heizung hoch",
    "was hör ich grad",
    "mach ma ndr neunzig drei an",
    "lautsprecher küche und wohnzimmer zusammen",
    "spiel die neue folge von die deili",
    "stopp",
    "spiel was schönes zum abendbrot",
    "regnets heute noch",
    "spiel kwien im wohnzimmer",
    "lied wiederholen",
]
