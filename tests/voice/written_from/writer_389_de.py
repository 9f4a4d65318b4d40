"""Writer 389, ein gestresster Vater, der nebenbei kocht, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moment, wen hab ich diesen Monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="warte mal, wer war letztes Jahr mein Künstler Nummer eins",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Künstler der letzten drei Monate, wer war's, schnell",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wer lief zwanzig fünfundzwanzig am meisten",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="welches Lied lief bei mir diese Woche am häufigsten",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder im Oktober, Moment, ja, Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Lieblingslied im Sommer?",
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
        text="Lieblingsalbum seit März?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="in der Küche, welches Album lief da diesen Monat am meisten",
        family="top_albums",
        period="this_month",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="warte mal, welcher Podcast war letzten Sommer vorne",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange hatte ich heute Musik an",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Moment, wie viele Stunden hab ich letzte Woche gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange lief bei uns gestern Abend was",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="wie lange lief in den letzten sieben Tagen Musik",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie oft lief überhaupt was in den letzten dreißig Tagen",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele Lieder seit Montag, warte mal, seit Montag",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder waren's im August, Moment",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody diesen Monat gehört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit Oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich überhaupt Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="One More Time, das von Daft Punk, wie oft in den letzten zwei Wochen",
        family="play_count",
        period="last_2_weeks",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief heute Morgen The Daily? Moment, hab ich das gehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich am Wochenende Air gehört",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="letzte Nacht was von Daft Punk gehört?",
        family="did_i",
        period="last_night",
        name="Daft Punk",
    ),
    Fresh(
        text="hat Ada gestern The Daily gehört",
        family="did_i",
        period="yesterday",
        name="The Daily",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="was hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief bei uns letzten Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was für Musik hatte ich heute Nachmittag an",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="warte mal, was hab ich in letzter Zeit so gehört",
        family="what_played",
        period="lately",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Samstag um neun Uhr abends, was lief da",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="was hab ich eigentlich für einen Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich eigentlich meistens, Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen Monat jemand Neues entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler hab ich letzte Woche zum ersten Mal gehört",
        family="new_artists",
        period="last_week",
    ),
    # skips
    Fresh(
        text="wie oft überspring ich eigentlich",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="hör ich oft dasselbe immer wieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief The Weeknd das erste Mal",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Don't Stop Me Now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Moment, Café Tacvba, wann lief das zuletzt",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="was war das letzte Lied, das ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute mein erstes Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="mit welchem Lied hab ich gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied am dritten November?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="was lief gestern Abend als Letztes",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="warte mal, letztes Lied letzten Monat, welches war das",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hör ich zur Zeit rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war meine Woche so, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick aufs Jahr, Moment, ja, mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal meinen letzten Monat zusammen",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="gib mir mal nen Überblick über mein Hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="warte mal, läuft bei mir unter der Woche mehr Musik oder am Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "Moment, mach mal lauter",
    "Musik leiser, die Pfanne zischt",
    "nächstes Lied",
    "Podcast pausieren",
    "was ist das für ein Lied",
    "was läuft gerade",
    "stell einen Timer auf zwölf Minuten",
    "warte mal, Timer für die Nudeln, acht Minuten",
    "wie lange läuft der Timer noch",
    "setz Milch auf die Einkaufsliste",
    "Zwiebeln und Sahne auf die Einkaufsliste",
    "Küchenlicht aus",
    "mach das Licht in der Küche heller",
    "Heizung auf einundzwanzig Grad",
    "wie wird das Wetter morgen",
    "spiel das Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautstärke auf vier",
    "Musik stopp",
    "spiel The Daily ab",
    "Küchenlautsprecher mit dem Wohnzimmer verbinden",
    "nächster Titel im Wohnzimmer",
    "was hör ich gerade",
    "Moment, stopp, aus jetzt",
    "spiel was Ruhiges in der Küche",
]
