"""Writer 172, terse night-shift nurse (Hamburger), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin. wer lief diese Woche am meisten",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="meine Top drei Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="von wem bin ich in letzter Zeit so besessen",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Küche, meistgespielter Künstler die letzten drei Monate",
        family="top_artists",
        period="last_3_months",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied letzten Monat?",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="meine fünf meistgespielten Lieder insgesamt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches Lied lief bei uns letzte Woche am meisten",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Song des Sommers, bei mir?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich am meisten gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum dieses Jahr, schnell",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="zwei meistgehörte Alben im August",
        family="top_albums",
        period="august",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Lieblingspodcast 2025",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="wie lange lief gestern Musik",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich heute gehört, in Stunden",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="in der Küche, wie lange lief das Ding im Oktober",
        family="listening_time",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="wie lange hat Ada letzte Woche gehört",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="Podcasts die letzten 30 Tage, wie viele Stunden",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen seit Montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Titel liefen bei uns vorgestern",
        family="plays",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie oft lief überhaupt was, letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Bands insgesamt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="verschiedene Songs letzten Monat, wie viele",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="wie oft Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="büschen viel Daft Punk dieses Jahr, oder? wie oft",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, wie oft insgesamt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air am Wochenende? lief das",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="lief bei uns letztes Jahr was von Wet Leg",
        family="did_i",
        period="last_year",
        name="Wet Leg",
        person="we",
    ),
    Fresh(
        text="Don't Stop Me Now in letzter Zeit gehört?",
        family="did_i",
        period="lately",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="was hab ich denn gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="am 3. November, was lief da",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="heute Nachmittag, was hatte ich an",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="gestern Abend Viertel vor acht, was lief da",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh halb neun, was war das",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief Mittwoch um neun abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Samstag Mittag um zwölf, was lief",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="heute Nachmittag Viertel nach fünf, welches Lied",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was hab ich denn gestern um zehn nach acht abends gehört",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="was für Musik hör ich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen Geschmack, kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens, Uhrzeit",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Wochentag läuft bei mir am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="wen Neues entdeckt diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue Künstler seit März",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Quote letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben Lieder nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate im September",
        family="repeat",
        period="september",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="Serie? wie viele Tage in Folge",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Café Tacvba, wann zuerst",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="The Weeknd, wann das erste Mal",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="The Daily, wann zuletzt gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hatte ich Around the World von Daft Punk zuletzt an",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    # last_song
    Fresh(
        text="letztes Lied?",
        family="last_song",
    ),
    Fresh(
        text="welcher Song lief bei mir als letztes",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes Lied gestern",
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
        text="letztes Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich am Samstag aufgehört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Song überspring ich immer",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hab ich zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="von welchem Song komm ich grad nicht los",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="wie war mein Oktober so, kurz",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Rückblick auf letzte Woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="sach mal, wie war letzter Sommer so",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends, wann läuft mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags mehr Musik als am Wochenende?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "Musik lauter",
    "mach mal büschen leiser",
    "was läuft da grad",
    "welches Lied ist das",
    "nächstes Lied",
    "Podcast pausieren",
    "Küchenlicht aus",
    "spiel das Album Discovery",
    "Timer zehn Minuten",
    "wie wird das Wetter heute Nacht",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "stopp",
    "moin, spiel The Daily",
    "tschüss, Musik aus",
    "Lautstärke auf fünf",
    "was hör ich grad",
    "nö, überspring das",
    "Queen in der Küche, bitte",
    "nochmal von vorne",
    "dreißig Sekunden vor",
    "Wecker auf halb sechs",
    "regnet's morgen?",
    "Licht im Flur an",
    "von wem ist das hier",
]
