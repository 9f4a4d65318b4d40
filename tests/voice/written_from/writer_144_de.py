"""Writer 144, Zürich speaker (Swiss Standard German), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Grüezi, wer war diesen Monat mein meistgehörter Künstler?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Ich hätte gern gewusst, welches Lied ich letzte Woche am meisten gehört habe",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Was war mein Lieblingsalbum im Jahr zweitausendfünfundzwanzig?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Welchen Podcast höre ich in letzter Zeit am meisten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele Stunden Musik habe ich diese Woche gehört?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie viele Lieder habe ich heute schon gehört?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler habe ich im Oktober gehört?",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="Wie viele verschiedene Songs waren es dieses Jahr?",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="Wie oft habe ich Bohemian Rhapsody gehört?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Habe ich vorgestern Daft Punk gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Was habe ich gestern Znacht gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief gestern Abend um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Was für Musik höre ich eigentlich gern?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um welche Zeit höre ich normalerweise Musik, und an welchem Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Habe ich in letzter Zeit neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wie oft skippe ich eigentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück habe ich jetzt Musik gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich Justice zum ersten Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief zuletzt Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Was war das letzte Lied, das ich gehört habe?",
        family="last_song",
    ),
    Fresh(
        text="Sag mal, wie war mein Oktober musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Höre ich mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Höre ich eigentlich immer wieder die gleichen Stücke?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Mit welchem Lied hat mein Tag heute angefangen?",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied habe ich gestern als erstes gehört?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was habe ich am Samstag als letztes laufen lassen?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler skippe ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir im Moment in der Dauerschlaufe?",
        family="on_repeat",
    ),
    Fresh(
        text="Läuft bei mir unter der Woche mehr Musik oder am Samstag und Sonntag?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Was lief vorgestern am Zmittag, so um zwölf?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Was lief heute Nachmittag um zehn nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wie viele Folgen von The Daily habe ich im September gehört?",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="Habe ich seit März Radiohead gehört?",
        family="did_i",
        period="since_march",
        name="Radiohead",
    ),
    Fresh(
        text="Wer waren im Sommer meine drei Top-Künstler?",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="Nenn mir meine fünf meistgespielten Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="Wie lange habe ich gestern Podcasts gehört?",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange lief bei uns letzten Monat in der Küche etwas?",
        family="listening_time",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Erzähl mal, was habe ich heute Morgen so gehört?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was lief letzte Nacht bei mir?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Merci vielmal. Und wie war meine Woche so, musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Gib mir einen Rückblick auf mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich in den letzten dreissig Tagen gehört?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Haben wir gestern Znacht Air gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Wie oft lief bei uns letzte Woche One More Time von Daft Punk?",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
        person="we",
    ),
    Fresh(
        text="Wie viele Lieder hat Ada letzten Freitag gehört?",
        family="plays",
        period="last_friday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Welches Album habe ich in den letzten drei Monaten am meisten gehört?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Was ist mein Lieblingspodcast?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wann habe ich zuletzt Don't Stop Me Now gehört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann habe ich das erste Mal Eres von Café Tacvba gehört?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Welche neuen Bands habe ich seit Oktober entdeckt?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Wie viele verschiedene Interpreten habe ich letztes Jahr gehört?",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="Was war das letzte Lied am dritten November?",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Vorgestern, was war da der erste Song?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Bin ich eher ein Nachmittags- oder ein Abendhörer?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Was habe ich eigentlich für einen Musikgeschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch war meine Skip-Rate letzten Monat?",
        family="skips",
        period="last_month",
    ),
]

NEGATIVES = [
    "Grüezi, spiel Daft Punk in der Küche",
    "Mach die Musik lauter",
    "Nächstes Lied bitte",
    "Was ist das für ein Lied?",
    "Stopp den Podcast",
    "Stell einen Timer auf zwanzig Minuten fürs Znacht",
    "Wie wird das Wetter morgen, kann ich mit dem Velo gehen?",
    "Schalte das Licht in der Küche aus",
    "Setz Milch auf die Einkaufsliste",
    "Lautstärke auf vier, merci vielmal",
    "Spiel das Album Discovery",
    "Pausier die Musik, merci",
    "Stell die Heizung auf einundzwanzig Grad",
    "Was läuft gerade?",
    "Zufallswiedergabe ein",
    "Verbinde den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Spiel Queen in der Küche, aber nicht zu laut",
    "Wiederholung ausschalten",
    "Überspring dieses Lied",
    "Wie warm ist es draussen?",
    "Setz einen Veloschlauch auf die Einkaufsliste",
    "Wo kann ich in der Altstadt parkieren?",
    "Mach die Musik in der Küche leiser",
    "Nächste Folge von The Daily abspielen",
    "Wer singt das gerade?",
]
