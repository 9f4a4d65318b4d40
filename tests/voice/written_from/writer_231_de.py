"""Writer 231, IT-Berater aus Hamburg (leichtes Missingsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin, wat war denn so mein Künstler des Jahres?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ich letzte Woche am meisten gehört, ne?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="in der Küche, welcher Künstler lief da die letzten dreißig Tage am meisten",
        family="top_artists",
        period="last_30_days",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="sag mal, wat sind meine drei meistgehörten S-tücke im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="mein Lieblingslied in letzter Zeit, wat is dat?",
        family="top_tracks",
        period="lately",
    ),
    # top_albums
    Fresh(
        text="welches Album lief bei mir am meisten, so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="dat Album, wat ich diesen Sommer am meisten gehört hab, welches war dat",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast is nu mein Favorit dies Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="letzten Sommer, welchen Podcast hab ich da am meisten gehört",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange lief bei mir heute schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele S-tunden hab ich letzten Monat so gehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange haben wir gestern Abend Podcasts gehört",
        family="listening_time",
        period="yesterday_evening",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wie lange hab ich da insgesamt gehört",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich seit Montag gehört",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie oft lief überhaupt wat in den letzten sieben Tagen",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wat meinst, wie viele Bands waren dat so insgesamt bei mir",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder liefen im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="seit Oktober, wie viele unterschiedliche Songs waren dat",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody diesen Monat gehört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft lief dat seit März?",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief Wet Leg letztes Jahr",
        family="play_count",
        period="last_year",
        name="Wet Leg",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Queen gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief vorgestern The Daily, jo oder nee?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich im August büschen Air gehört",
        family="did_i",
        period="august",
        name="Air",
    ),
    # what_played
    Fresh(
        text="wat hab ich letzten Freitag so gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="erzähl mal, wat lief bei uns am Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="am dritten November, wat lief da so bei mir",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="wat für Musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen Musikgeschmack, ne",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich denn meistens Musik, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit wen Neues entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hab ich diesen Monat zum ersten Mal gehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skip-Quote letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer dieselben S-tücke rauf und runter? wie hoch is die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am S-tück hab ich nu schon Musik gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich dat erste Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="The Weeknd, wann lief der bei mir zum ersten Mal",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Digital Love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann hab ich dat letzte Mal Café Tacvba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="wat war dat letzte Lied, wat ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heute aufgewacht, welches Lied war dat",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="welches Lied lief gestern als erstes",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wat war am Samstag dat erste S-tück",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="wat war dat letzte Lied gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler drück ich immer weg, so am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hab ich zurzeit in Dauerschleife, ne?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal 'n Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche so in Sachen Musik",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder Werktage, wann hör ich mehr Musik, wat meinst du",
        family="compare_week",
        period="all_time",
    ),
    # extra
    Fresh(
        text="in den letzten drei Monaten, welche neuen Bands sind dazugekommen",
        family="new_artists",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik büschen lauter",
    "mach dat mal leiser, ne",
    "wat is dat für'n Lied",
    "nächstes Lied",
    "überspring dat S-tück",
    "Podcast anhalten",
    "mach dat Licht in der Küche aus",
    "spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Küche und Wohnzimmer zusammen gruppieren",
    "S-tell mal 'n Timer auf zwölf Minuten",
    "wie wird dat Wetter morgen in Hamburg",
    "pack Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "wat hör ich grad",
    "spiel die neueste Folge von The Daily",
    "Lautstärke auf dreißig in der Küche",
    "spiel mal wat von Queen",
    "Musik aus, ne",
    "weck mich morgen um sieben",
    "wer singt dat hier grad",
    "spul mal dreißig Sekunden vor",
]
