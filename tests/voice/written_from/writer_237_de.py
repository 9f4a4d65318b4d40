"""Writer 237, ein Teenager (Jugendsprache), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer ist mein meistgehörter Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welchen Artist hab ich in letzter Zeit lowkey am meisten gesuchtet",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top drei Künstler letzten Monat, sag mal",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wen haben wir letzte Woche am meisten gehört bei uns",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="welchen Künstler hat Ada diese Woche am meisten gehört",
        family="top_artists",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="bro welcher Artist war über die letzten zwei Wochen ganz oben",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingssong diesen Monat bro",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine fünf meistgehörten Tracks seit Oktober",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="in der Küche, welcher Song lief da im August am meisten",
        family="top_tracks",
        period="august",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich dieses Jahr am meisten gepumpt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum ever, was ist das safe",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast feier ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mein Top Podcast zweitausendfünfundzwanzig?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzte Woche insgesamt gehört digga",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange lief bei uns in der Küche im Oktober Musik",
        family="listening_time",
        period="october",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie lange hab ich letztes Jahr Podcasts gehört, lowkey viel oder",
        family="listening_time",
        period="last_year",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Songs hab ich heute schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Streams hatte ich im September",
        family="plays",
        period="september",
    ),
    Fresh(
        text="wie viele Folgen hab ich diesen Monat durchgesuchtet",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="die letzten sieben Tage, wie viele Lieder waren das",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit März wie viele verschiedene Artists, krass gespannt",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Songs waren's diese Woche",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rapsody gehört, safe voll oft",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit Montag",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Apache 207 gehört",
        family="play_count",
        period="all_time",
        name="Apache 207",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Air gehört",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="lief letztes Wochenende Justice bei mir",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="The Daily diese Woche, gehört hab ich den oder nicht",
        family="did_i",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="hab ich vorgestern Luciano gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Luciano",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief so am Samstag bei mir",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="am dritten November, was lief da so",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Abend um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute morgen um halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief letzten Freitag um neun Uhr abends",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="was für Musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen Musikgeschmack, aber ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör ich meistens, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit neue Artists entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="die letzten drei Monate, neue Künstler dabei?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="meine Skip-Rate im Oktober?",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich Sachen nochmal, so Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich schon gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann ist Eres von Café Tacvba bei mir drin",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief Don't Stop Me Now zuletzt",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich das letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war mein letzter Song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Song bin ich heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war der erste Song gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war der letzte Track letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich am Samstag aufgehört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welchen Song skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am häufigsten, digga",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher Song läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was ist grad mein Ohrwurm, den ich nonstop pumpe",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Jahr so",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wie lief meine Woche so, hörtechnisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Recap vom Sommer bitte, wird safe wild",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so Nachmittags- oder Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende vs unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    # listening_time, last_30_days
    Fresh(
        text="letzte 30 Tage, wie viele Stunden insgesamt bro",
        family="listening_time",
        period="last_30_days",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach mal lauter digga",
    "skip den Song, der ist cringe",
    "was ist das für ein Song",
    "was läuft grad in der Küche",
    "pausier den Podcast",
    "nächster Track im Wohnzimmer",
    "mach das Küchenlicht aus bro",
    "spiel das Album Discovery",
    "Lautstärke auf sieben",
    "mach Shuffle an",
    "mach Repeat aus",
    "verbinde die Lautsprecher in Küche und Wohnzimmer",
    "stell nen Timer auf zehn Minuten",
    "wie wird das Wetter heute, brauch ich ne Jacke",
    "schreib Chips auf die Einkaufsliste",
    "mach die Heizung höher, ist krass kalt",
    "was hör ich gerade",
    "wer singt das",
    "spiel was von Justice",
    "spiel The Daily",
    "mach die Musik leiser, meine Mutter telefoniert",
    "stopp die Musik",
    "spiel was Chilliges zum Lernen",
    "einen Song zurück",
]
