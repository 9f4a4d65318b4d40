"""Writer 23, distracted multitasker thinking aloud, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich, äh, wen hab ich letzte Woche am meisten gehört, nee warte, letzten Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="also, mein Künstler des Jahres, ähm, wer ist das so",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="was war mein, äh, Lieblingslied diesen Monat, also das meistgespielte",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine drei, ich mein, meine fünf meistgespielten Lieder im Sommer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="welches Album hab ich, ähm, am meisten gehört, so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum letztes Jahr, also, äh, zweitausendfünfundzwanzig",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="welcher Podcast, äh, welchen Podcast hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange, äh, wie lange lief heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden haben wir, also bei uns, letzte Woche gehört, ungefähr",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder hab ich, ähm, gestern, nee, vorgestern gehört",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="wie oft hab ich insgesamt was abgespielt im Oktober, oder so",
        family="plays",
        period="october",
    ),
    Fresh(
        text="wie viele verschiedene Künstler, äh, dieses Jahr, so quasi",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Songs hab ich, ähm, in den letzten dreißig Tagen gehört",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="wie oft lief, äh, das von Queen, Bohemian, Bohemian Rhapsody, diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Daft Punk hatte ich, ähm, diese Woche an",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Radiohead gehört, also, äh, überhaupt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern, äh, Air gehört, nee, Justice mein ich, Justice",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="in letzter Zeit mal The Daily gehört? ich glaub nicht, oder",
        family="did_i",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="haben wir, ähm, am Wochenende Queen gehört, also letztes Wochenende",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="was hab ich, äh, gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="heute früh, ähm, was lief da eigentlich, ich war noch halb am Schlafen",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief gestern gegen, äh, Viertel vor acht, nee, Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute Morgen um halb neun, was war das, das Lied da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik hör ich eigentlich so, ähm, wie würdest du meinen Geschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich, äh, normalerweise Musik, also welche Uhrzeit, welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich, ähm, neue Künstler entdeckt in letzter Zeit, so quasi zum ersten Mal",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie viel überspring ich eigentlich, äh, so Skip-Quote oder so",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich, ähm, immer dieselben Lieder, also wie oft wiederhol ich mich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück, äh, hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich, äh, Justice zum ersten Mal gehört, also wann tauchen die auf",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief zuletzt, ähm, La femme d'argent, das von Air",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="was war das letzte Lied, äh, das ich gespielt hab, überhaupt das letzte",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heute, ähm, aufgewacht, erstes Lied",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied, äh, am Samstag, was war das",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="womit hab ich, ähm, letzten Freitag aufgehört, also das letzte Lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied überspring ich, äh, am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am meisten, ich mein, welche Band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was läuft bei mir grad so, ähm, in Dauerschleife, welches Lied",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein, äh, Oktober, musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="sag mal, so ein Rückblick, äh, auf mein Jahr, geht das",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr, ähm, morgens oder abends, was meinst du",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende mehr Musik als, äh, unter der Woche, oder so",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wen hab ich seit März, nee, seit Oktober am meisten gehört",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="in der Küche, äh, was lief da am meisten, also welches Lied, in den letzten sieben Tagen",
        family="top_tracks",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="hab ich jemals, äh, Wet Leg gehört",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="wie viele Folgen Podcast, ähm, im September, ungefähr",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="was war das letzte Lied, äh, letzte Nacht, also das allerletzte",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="wie lange hab ich, ähm, seit Montag gehört, so insgesamt",
        family="listening_time",
        period="since_monday",
    ),
]

NEGATIVES = [
    "spiel, äh, Daft Punk in der Küche",
    "mach die Musik lauter, nee, leiser",
    "was läuft grad in der Küche",
    "was ist das für ein Lied, ähm, das hier",
    "überspring das Lied, also, nächstes",
    "pausier den Podcast, warte mal",
    "nächster Titel im Wohnzimmer, äh, bitte",
    "mach das Küchenlicht aus, ich mein, im Flur",
    "spiel das Album Discovery, ähm, von vorne",
    "Lautstärke auf, äh, dreißig, nee, vierzig",
    "Zufallswiedergabe an, also, shuffle",
    "stell den Timer auf, ähm, zwölf Minuten",
    "wie wird das Wetter morgen, oder so",
    "setz Milch auf die Einkaufsliste, äh, und Eier",
    "Heizung auf einundzwanzig Grad, ähm, bitte",
    "was hör ich gerade, also wer singt das",
    "verbinde die Lautsprecher in Küche und, äh, Wohnzimmer",
    "Wiederholung aus, ähm, für das Lied",
    "spiel The Daily, die neueste Folge, äh, in der Küche",
    "stopp die Musik, ich telefonier grad",
    "spiel mal was Ruhiges, so quasi zum Kochen",
    "wie spät ist es, äh, ungefähr",
]
