"""Writer 491, jemand, der sich mitten in der Frage korrigiert, Deutsch."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich diese woche, nee warte, letzte woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war mein Künstler des Jahres, also eigentlich dieses Jahr bisher, nicht letztes",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in der Küche, nee, im Wohnzimmer, ach nee doch Küche, wer läuft da am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was ist mein Lieblingsalbum, äh nein, Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal meine fünf, ich mein drei, meistgehörten Lieder in letzter Zeit",
        family="top_tracks",
        period="lately",
        count=3,
    ),
    Fresh(
        text="Lieblingslied seit Februar, nee, seit März",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="welches Album hab ich am meisten gehört, also überhaupt, insgesamt mein ich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum letzten Sommer, nee streich das, diesen Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir, streich das, welchen Podcast hab ich dieses Jahr am meisten gehört",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="nach welchem Podcast bin ich in letzter Zeit süchtig, ich mein so richtig",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange hab ich vorgestern, äh nein, gestern Musik gehört",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche gehört, ich mein alles zusammen",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange lief bei uns im September Musik, nee warte, im Oktober",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich letzten Sommer gehört, also Sommer zwanzig fünfundzwanzig",
        family="listening_time",
        period="last_summer",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute Morgen, nee, heute überhaupt gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab ich in den letzten dreißig Tagen gehört, also Podcastfolgen",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viel haben wir gestern gehört, ich mein wie viele Lieder",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Lieder, ich mein Künstler, hab ich diesen Monat gehört",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele Künstler hatte ich zwanzig vierundzwanzig, äh nein, fünfundzwanzig",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="wie viele verschiedene Songs waren's letzte Woche, nee, diese Woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie oft hab ich dieses Jahr Queen gehört, nee, Justice, Justice mein ich",
        family="play_count",
        period="this_year",
        name="Justice",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody, also eigentlich insgesamt, seit Anfang an",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich Radiohead gehört, äh nein, Wet Leg",
        family="play_count",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="hab ich gestern Air gehört, nee warte, vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="lief am Wochenende Daft Punk, also letztes Wochenende mein ich",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich heute früh The Daily gehört, den Podcast, ich mein heute Morgen",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich letztes Jahr, nee, letzten Monat The Weeknd gehört",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört, nee, nicht letzte Nacht, gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzten Samstag, äh nein, letzten Freitag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was hab ich am dritten, nee, am vierten November... ach quatsch, am dritten gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hat Ada diese Woche, nee, letzte Woche so gehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="was lief gestern um halb acht, nee warte, Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um acht, ich mein halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief gestern Abend um Viertel nach acht, streich das, um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was für Musik hör ich eigentlich so, also mein Geschmack, wie würdest du den beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise, ich mein um welche Uhrzeit und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter Zeit, nee, diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skippe ich eigentlich, ich mein so prozentual, wie viel von allem",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich oft dieselben Lieder, also immer wieder das Gleiche, ich mein wie hoch ist die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück, nee, also wie viele Tage hintereinander hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Queen, äh nein, Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief Eres von Café Tacvba zum ersten Mal, also das allererste Mal",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt Sexy Boy, also das von Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="was war das letzte Lied heute, nee, überhaupt das letzte",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht, ich mein welches Lied lief heute als erstes",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied gestern, nee warte, vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört, ich mein welches Lied war das letzte",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welchen Künstler, nee, welches Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Lied, streich das, welche Band skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied läuft bei mir grad in Dauerschleife, also eigentlich so die letzten zwei Wochen",
        family="on_repeat",
    ),
    Fresh(
        text="wie war mein Monat, nee, meine Woche musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="erzähl mal, wie war mein Oktober, ich mein September, nee doch, Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal nen Überblick über mein Hören, also so allgemein, nix Bestimmtes",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör ich mehr abends oder, äh, morgens, ich mein was von beidem mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich unter der Woche mehr, nee andersrum, am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche, nee warte, Justice",
    "mach die Musik lauter, ich mein leiser",
    "was läuft gerade in der Küche",
    "welches Lied ist das, äh, von wem ist das",
    "überspring das Lied, nee, noch mal von vorne",
    "pausier den Podcast, also eigentlich stopp ihn ganz",
    "nächster Titel im Wohnzimmer, nee, Küche",
    "mach das Küchenlicht aus, streich das, an",
    "spiel das Album Discovery, ich mein Homework",
    "Lautstärke auf fünf, nee, vier",
    "Zufallswiedergabe an, äh nein, aus",
    "wiederhol das Lied, ich mein die ganze Playlist",
    "verbinde die Lautsprecher in Küche und Flur, nee, nur Küche",
    "stell einen Timer auf zehn Minuten, nee warte, fünfzehn",
    "wie wird das Wetter morgen, ich mein heute Abend",
    "schreib Milch auf die Einkaufsliste, also eigentlich Hafermilch",
    "stell die Heizung auf zweiundzwanzig Grad, nee, einundzwanzig",
    "was hör ich gerade",
    "spiel die neueste Folge von The Daily, nee, die davor",
    "stopp die Musik, ich mein nur im Wohnzimmer",
    "weck mich um sieben, nee, halb sieben",
    "spiel was Ruhiges, also eigentlich was zum Tanzen",
    "mach die Küche stumm, nee, nur leiser",
    "spul dreißig Sekunden vor, ich mein zurück",
]
