"""Writer 242, Hamburger mit Plattdeutsch-Einschlag diktiert dem Lautsprecher, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin, wer war denn letzte Woche mein meistgehörter Künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wat für ne Band hab ich dies Jahr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war zweitausendfünfundzwanzig so mein Künstler des Jahres",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="wat is mein Lieblingslied diesen Monat, sach mal",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal meine drei meistgespielten Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="meine Top fünf Songs der letzten zwei Wochen, dat will ich ma hören",
        family="top_tracks",
        period="last_2_weeks",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album lief letzten Monat am meisten, dat würd mich ja mal interessieren",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="mein Lieblingsalbum, wat is dat eigentlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="im August, welche Platte hab ich da rauf und runter gehört",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wat war mein Top Podcast im Sommer",
        family="top_podcasts",
        period="summer",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden haben wir letzte Woche in der Küche Musik gehört",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Zeit hab ich dies Jahr mit Podcasts verbracht, büschen viel wohl",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="in den letzten sieben Tagen wie lang hab ich da insgesamt gehört",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute Morgen gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Podcastfolgen hab ich im Oktober gehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel lief gestern insgesamt, also wie viele Sachen so",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="September, wie viele Lieder waren dat da",
        family="plays",
        period="september",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="letzte drei Monate, wie viele unterschiedliche Bands waren dat",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder waren dat diese Woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs hab ich überhaupt schon gehört",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft lief Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich seit Oktober eigentlich Daft Punk gehört",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Radiohead gehört, so insgesamt",
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
        text="lief vorgestern büschen Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hab ich The Daily heute früh gehört oder nich",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hatten wir letzten Sommer Café Tacvba laufen",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="letztes Wochenende, haben wir da Daft Punk gehört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    # what_played
    Fresh(
        text="wat hab ich gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief letzte Nacht in der Küche",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="wat hat Ada am Samstag gehört",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="wat hab ich am dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat lief heute Nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="wat lief denn gestern Abend um fünf nach acht",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    Fresh(
        text="welches Lied lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat war dat für Musik heute um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wat für Musik hör ich eigentlich so, beschreib mal meinen Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdest du meinen Musikgeschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich denn meistens Musik, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands waren diesen Monat neu für mich",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch is meine Skiprate seit Montag",
        family="skips",
        period="since_monday",
    ),
    # repeat
    Fresh(
        text="hör ich immer wieder dieselben Lieder, wie hoch is da so die Wiederholungsrate",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon wat gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine Serie, also Tage hintereinander mit Musik",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wet Leg, wann hab ich die denn zuerst gehört",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="wann lief dat letzte Mal Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann hab ich zuletzt Da Funk gehört",
        family="last_play",
        name="Da Funk",
    ),
    # last_song
    Fresh(
        text="wat war dat letzte Lied, dat ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="moin, wat war heute dat erste Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war dat erste Lied am letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich gestern angefangen, erstes Lied mein ich",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="wat war dat letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich am Samstag aufgehört, dat letzte Stück",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am häufigsten, dat will ich ja mal wissen",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat für ein Lied hab ich zur Zeit in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein November so",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf letztes Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="schnack mal, wie lief meine Woche musikmäßig",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder mehr abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="is dat bei mir eher Wochenende oder Werktage, wann lief mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "moin, spiel mal Daft Punk in der Küche",
    "mach die Musik mal büschen lauter",
    "wat is dat für ein Lied",
    "überspring dat Lied, dat is nix",
    "Podcast mal pausieren",
    "nächstes Lied in der Küche",
    "mach dat Licht in der Küche aus",
    "spiel dat Album Discovery",
    "leiser bitte, dat is zu laut",
    "Zufallswiedergabe an",
    "Wiederholung aus, dat nervt",
    "verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "stell mal nen Timer auf zehn Minuten",
    "wie wird dat Wetter morgen in Hamburg, wieder Schietwetter?",
    "setz Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "wat hör ich gerade",
    "spiel die neue Folge von The Daily",
    "stopp die Musik",
    "spiel mal wat Ruhiges in der Küche",
    "von wem is dat Lied, dat gerade läuft",
    "Lautstärke auf fünf",
    "spiel Don't Stop Me Now von Queen",
    "weck mich morgen um sieben",
]
