"""Writer 265, Autofahrerin diktiert ins Handy im lauten Auto (Spracherkennung, keine Satzzeichen, verhörte Wörter), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wen hab ich letzt woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war mein künstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche band hör ich in letzter zeit rauf und runter",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wen haben wir im oktober am meisten gehört",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="was war mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine drei meist gespielten lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches lied lief im sommer am meisten",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top lied letztes jahr",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lieblings album seit merz",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast lief am meisten im oktober",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="welchen podcast hör ich in letzter zeit ständig",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich letzten monat gehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange haben wir gestern musik gehört",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lang hab ich seit montag gehört",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="wie viel lieder hab ich heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen podcast diese woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="in der küche wie viel lief da letzt woche",
        family="plays",
        period="last_week",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele künstler die letzten dreißig tage",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder hab ich im september gehört",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie viel mahl hab ich bohemien rapsodie gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief kwien diesen monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justis gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich in letzter zeit die deili gehört",
        family="did_i",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="hab ich dieses jahr radio hat gehört",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="haben wir letztes wochenende daft pank gehört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was haben wir letzten freitag gehört",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was hat ada heute früh gehört",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    Fresh(
        text="was lief am dritten november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief im august so",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="was lief gestern abend um zehn vor acht",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heut nachmittag um viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens musik welche uhrzeit welcher tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue bands diesen monat",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft überspring ich was",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine skip rate in den letzten sieben tagen",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="hör ich immer wieder die gleichen lieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele tage hinter einander hab ich gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal justis gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief zum ersten mal wett leck",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt kaffee tak wa gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief das letzte mal dont stop mi nau",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="was war das letzte lied das ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute das erste lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was hab ich letzten freitag als erstes gehört",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war das letzte lied am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied hör ich grad rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="sag mal wie war mein monat so musik mäßig",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="jahresrückblick bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rückblick letzt woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="erzähl mal wie war mein sommer",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="unter der woche oder am wochenende wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft pank in der küche",
    "mach die musik lauter",
    "was läuft gerade in der küche",
    "welches lied ist das",
    "überspring das lied",
    "podcast pausieren",
    "nächstes lied im wohnzimmer",
    "küchenlicht aus",
    "spiel das album discovery",
    "lautstärke auf für zig",
    "zufallswiedergabe an",
    "wiederholen aus",
    "lautsprecher küche und wohnzimmer zusammen",
    "timer auf zehn minuten",
    "wie wird das wetter morgen",
    "milch auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "was hör ich grad",
    "leiser bitte",
    "spiel die neue folge von die deili",
    "musik stopp",
    "ein lied zurück",
    "spiel kwien in der küche",
    "wer singt das",
    "podcast weiter abspielen",
]
