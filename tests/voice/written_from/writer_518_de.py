"""Writer 518, eine 84-jährige Oma aus dem Münsterland (westfälisch, altmodisch, unsicher mit dem Gerät), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sach ma, Kasten, wen hab ich denn diesen Monat am meisten gehört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Kapelle hab ich denn überhaupt am allermeisten gehört, all die Jahre?",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Wer war denn letztes Jahr mein Lieblingssänger, sach ma?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Welches Lied hab ich dies Jahr am meisten gespielt?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Nenn mir ma die drei Lieder, die ich im Oktober am meisten gehört hab.",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wat war denn im Sommer mein Lieblingslied, weißte dat?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Welche Schallplatte, also dat Album, hab ich am meisten aufgelegt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Und welches Album lief letzten Monat am häufigsten bei uns in der Küche?",
        family="top_albums",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Welche von diesen Podcast-Sendungen hör ich denn am liebsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat für'n Podcast hab ich in letzter Zeit so oft an, sach ma?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lange lief denn heute schon Musik, Kind?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich letzte Woche zugehört, alles zusammen?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang hatten wir dat Radio gestern an?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit hab ich denn seit Montag mit diesen Podcasts verbracht?",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder hab ich heute schon gespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft is da im August wat gelaufen, insgesamt?",
        family="plays",
        period="august",
    ),
    Fresh(
        text="Wie viele Folgen von dem Podcast hab ich dies Jahr gehört?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Sänger und Kapellen hab ich dies Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Im September, wie viele unterschiedliche Künstler waren dat?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hab ich letzten Monat gehört?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Seit Oktober, wie viele unterschiedliche Stücke warn dat so?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft hab ich dies Jahr die Bohemian Rhapsody gespielt? Dat is so'n schönes Stück.",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief denn diese Woche dat Daily, die Nachrichtensendung?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab ich Heino gehört, überhaupt?",
        family="play_count",
        period="all_time",
        name="Heino",
    ),
    Fresh(
        text="Hab ich gestern wat von Queen gehört? Ich weiß dat nich mehr.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief in letzter Zeit ma wat von diesem Daft Punk?",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="Heute Morgen, war da Justice bei? Die Franzosen da.",
        family="did_i",
        period="this_morning",
        name="Justice",
    ),
    Fresh(
        text="Hab ich letzten Sommer ma Radiohead gehört? Mein Enkel meint, dat wär wat für mich.",
        family="did_i",
        period="last_summer",
        name="Radiohead",
    ),
    Fresh(
        text="Wat hab ich denn gestern Abend so gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief bei uns vorgestern so an Musik?",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Am Samstag, wat hatte ich da an?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Wat lief denn gestern Abend so gegen Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heute früh um halb neun, wat war dat für'n Lied? Da hab ich Kaffee gekocht.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat hatt ich vorgestern Abend um neun Uhr an?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Wat für Musik mag ich eigentlich, wat meinste?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma meinen Musikgeschmack, Kind, so in zwei Worten.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör ich denn meistens, und an welchem Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hab ich dat Radio meistens an, zu welcher Tageszeit?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich diesen Monat neue Sänger kennengelernt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Kapellen hab ich in den letzten drei Monaten zum ersten Mal gehört?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft drück ich denn dat Weiter, also überspringen, sach ma?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Letzte Woche, wie viel hab ich da übersprungen von allem?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Hör ich immer dat Gleiche, immer wieder dieselben Stücke?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetz schon wat gehört?",
        family="streak",
    ),
    Fresh(
        text="Seit wie vielen Tagen am Stück hab ich den Apparat jeden Tag an, ohne Pause?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich zum ersten Mal Air gehört? Die mit dem Moon Safari.",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Dat Lied One More Time von Daft Punk, wann lief dat dat erste Mal?",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Wann hab ich dat letzte Mal Queen gehört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Die Mexikaner da, Café Tacuba, wann liefen die zuletzt?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wat war dat letzte Lied, dat ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Wie hieß dat Stück noch, dat zuletzt lief? Ich hab dat nich verstanden.",
        family="last_song",
    ),
    Fresh(
        text="Wat war heute dat erste Lied, dat ich angemacht hab?",
        family="first_today",
    ),
    Fresh(
        text="Wat lief gestern als Erstes?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Letzten Freitag, womit hab ich da angefangen?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wat war dat letzte Lied gestern Abend?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Womit hab ich am Wochenende aufgehört, dat letzte Stück?",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="Welches Lied überspring ich am allermeisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Sänger drück ich am häufigsten weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat is dat Lied, dat ich im Moment immer wieder anmach?",
        family="on_repeat",
    ),
    Fresh(
        text="Vertell ma, wie war mein Oktober mit der Musik?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mach ma 'nen Rückblick auf mein Jahr, Kind.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Erzähl ma, wat wir letzte Woche so gehört haben, so im Großen und Ganzen.",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Hör ich mehr morgens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittags oder abends, wann läuft bei mir mehr Musik?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woche, oder wie is dat?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="In den letzten dreißig Tagen, mehr werktags oder mehr am Wochenende gehört?",
        family="compare_week",
        period="last_30_days",
    ),
]

NEGATIVES = [
    "Spiel ma wat von Queen in der Küche.",
    "Mach die Musik lauter, ich hör nix.",
    "Leiser, Kind, leiser!",
    "Wat is dat für'n Lied, dat da grad läuft?",
    "Dat nächste Lied, bitte.",
    "Halt ma den Podcast an, et klingelt an der Tür.",
    "Mach dat Licht in der Küche aus.",
    "Spiel dat Album Discovery.",
    "Stell 'nen Wecker auf zwölf Minuten für die Kartoffeln.",
    "Wie wird dat Wetter morgen in Münster?",
    "Schreib Zwieback auf den Einkaufszettel.",
    "Mach die Heizung wärmer, mir is kalt.",
    "Wat hör ich da jetz grad?",
    "Aus! Mach aus dat Ding!",
    "Spiel WDR 4, bitte.",
    "Überspring dat, dat mag ich nich.",
    "Spiel die Lieder durcheinander.",
    "Mach dat Lied nochma von vorne.",
    "Verbind ma den Lautsprecher in der Küche mit dem im Wohnzimmer.",
    "Spiel wat Ruhiges zum Mittagsschlaf.",
    "Erinner mich um sechs an meine Tabletten.",
    "Wie spät is dat eigentlich?",
]
