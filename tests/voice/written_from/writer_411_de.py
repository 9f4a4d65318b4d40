"""Writer 411, eine genervte Teenagerin aus Stuttgart, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="boah wer war denn halt mein meistgehörter Künstler diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="ey wer sind meine top 3 Künstler im Jahr 2025, lol",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="von welcher Band war ich in letzter Zeit voll besessen, sag halt",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was ist mein Lieblingslied dieses Jahr, sag halt",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="meine fünf meistgespielten Songs seit März, ey",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="was war mein meistgehörtes Lied am dritten November, krass dass ich das frag",
        family="top_tracks",
        period="november_3",
    ),
    Fresh(
        text="welches Album hab ich voll oft gehört, also insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum letzten Sommer? boah keine Ahnung mehr",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten, lol",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="ey was war letztes Jahr mein Podcast Nummer eins",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lange lief heute Musik, ey",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzte Woche gehört, krass viele wahrscheinlich",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hatten wir gestern in der Küche was laufen",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich im Sommer Podcasts gehört, boah",
        family="listening_time",
        period="summer",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hab ich seit Montag gespielt",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab ich im Oktober gehört, halt so grob",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie oft hab ich insgesamt was abgespielt seit Oktober, voll viel oder",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich dieses Jahr gehört, ey",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs warn das letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody diese Woche gehört, lol peinlich",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk in den letzten 30 Tagen",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich gestern Queen gehört oder nicht, ey",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Justice seit Oktober überhaupt mal gehört? halt so ja oder nein",
        family="did_i",
        period="since_october",
        name="Justice",
    ),
    Fresh(
        text="hab ich im August Radiohead gehört, glaub nicht lol",
        family="did_i",
        period="august",
        name="Radiohead",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört, boah ich weiß es nicht mehr",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am Samstag so bei mir",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was haben wir letzte Woche so gehört, ey",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="was lief gestern Abend so um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um halb neun, ey",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute nachmittag um fünf nach fünf, was kam da",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="was ist denn mein Geschmack so, beschreib mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich halt normalerweise, also welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen Monat irgendwen Neues entdeckt, ey",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue Künstler in den letzten drei Monaten? krass wenn ja",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft skippe ich eigentlich, boah",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie sehr hör ich immer die gleichen Sachen, so ne Wiederholungsrate halt",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt Digital Love, ey",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann hab ich The Daily das letzte Mal gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war das letzte Lied, das ich gehört hab, boah",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht, lol",
        family="first_today",
    ),
    Fresh(
        text="was war das erste Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit welchem Song hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="was lief als Letztes letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches Lied skippe ich am meisten, voll peinlich",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skippe ich am häufigsten, ey",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad so in Dauerschleife, krass",
        family="on_repeat",
    ),
    Fresh(
        text="mach mal meinen Jahresrückblick, ey",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="boah wie war mein September, kurz bitte",
        family="recap",
        period="september",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends, lol",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche, wann hör ich halt mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche, aber laut",
    "mach die Musik lauter ey",
    "überspring das Lied, boah ist das schlecht",
    "was ist das für ein Lied",
    "pausier den Podcast",
    "nächster Song",
    "mach das Licht in der Küche aus",
    "spiel das Album Discovery",
    "Lautstärke auf fünf",
    "mach Zufallswiedergabe an",
    "Wiederholung aus, ich kann's nicht mehr hören",
    "was läuft grad in der Küche",
    "was hör ich gerade, lol",
    "stell nen Timer auf zehn Minuten",
    "wie wird das Wetter in Stuttgart",
    "schreib Chips auf die Einkaufsliste",
    "mach die Heizung höher, voll kalt hier",
    "verbinde den Küchenlautsprecher mit dem im Wohnzimmer",
    "spiel The Daily",
    "stopp die Musik",
    "leiser, ey",
    "spiel was Chilliges in der Küche",
    "nächste Folge von The Daily abspielen",
    "wer singt das",
]
