"""Writer 306, a very literal Lower Saxony farmer, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin, sach mal, wer is denn diesen Monat am meisten gelaufen bei mir, von den Künstlern her",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welcher Sänger oder welche Kapelle war letztes Jahr bei mir die Nummer eins",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Wer war in letzter Zeit mein Lieblingskünstler, so nach der Anzahl gezählt",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Wat war dat Lied, dat ich letzte Woche am meisten gehört hab",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Nenn mir mal meine drei meistgespielten Lieder, insgesamt, von Anfang an",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In der Küche, wat für ein Lied läuft da am häufigsten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich dies Jahr am meisten laufen lassen",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer, wat war dat",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hab ich am meisten gehört, ich mein die Sprechsendungen, nich die Musik",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat war im Oktober mein meistgehörter Podcast",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik, in Stunden und Minuten bitte",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden lief bei uns letzte Woche wat",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie lange hab ich heute Morgen beim Melken zugehört",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="Wie lange hat Ada vorgestern gehört, genau",
        family="listening_time",
        period="day_before_yesterday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder sind heute gelaufen, nur die Lieder, nich die Nachrichten",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft insgesamt wurde diese Woche wat abgespielt",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="Wie viele Folgen von den Podcasts hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich seit März gehört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands waren dat im August, als Zahl",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich in den letzten dreißig Tagen gehört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viele unterschiedliche Stücke waren dat insgesamt, jedes nur einmal gezählt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich dies Jahr Bohemian Rhapsody gehört",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, wie oft lief dat letzten Monat",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft is dat Lied Eres von Café Tacvba bei mir gelaufen",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wie oft lief bei mir Helene Fischer",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Daft Punk gehört, ja oder nein",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief vorgestern The Daily",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich seit Oktober überhaupt wat von Air gehört",
        family="did_i",
        period="since_october",
        name="Air",
    ),
    Fresh(
        text="Hab ich jemals Heino gehört",
        family="did_i",
        period="all_time",
        name="Heino",
    ),
    # what_played
    Fresh(
        text="Wat hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief am Sonnabend",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Wat lief bei uns am dritten November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Heute Nachmittag, wat hab ich da gehört",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern um Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wat lief heute Morgen um acht Uhr, punkt acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Gestern Abend um zehn nach acht, wat war da dran",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Wat lief heut um Viertel nach fünf nachmittags",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wat für Musik mag ich eigentlich, so nach dem, wat ich höre",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mal meinen Musikgeschmack, aber ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr und an welchem Tag hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich denn so gewöhnlich, welche Stunde",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Sind in letzter Zeit neue Künstler dazugekommen, die ich vorher nich hatte",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Bands hab ich dies Jahr zum ersten Mal gehört",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich weiter, also überspringen mein ich, insgesamt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich letzten Monat übersprungen",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör ich oft dat Gleiche immer wieder, wie viel wiederhol ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is meine Wiederholungsrate dies Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt wat gehört",
        family="streak",
    ),
    Fresh(
        text="Wie lang is meine Serie, Tage am Stück ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich zum allerersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is Sexy Boy bei mir drin, wann lief dat zuerst",
        family="first_play",
        name="Sexy Boy",
    ),
    # last_play
    Fresh(
        text="Wann lief Queen dat letzte Mal",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hab ich zuletzt The Daily gehört, Datum bitte",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, dat gelaufen is",
        family="last_song",
    ),
    Fresh(
        text="Letztes Lied überhaupt, wie hieß dat",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat war heute dat erste Lied beim Melken",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ich heute angefangen, dat allererste Stück",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war gestern dat erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erstes Lied letzten Freitag, wat war dat",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wat lief letzte Nacht als Letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Wat war dat letzte Lied am letzten Wochenende",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Stück drück ich immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück ich am häufigsten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat für ein Lied hör ich zurzeit rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Oktober so mit der Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mach mal ne Zusammenfassung von letztem Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Rückblick bitte, wie war meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Gib mir mal nen Überblick über mein Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war denn letzter Sommer bei mir, so im Ganzen",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens im Stall oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich mehr, vormittags oder nachmittags",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Is bei mir sonnabends und sonntags mehr los mit Musik oder werktags",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder Wochenende, wann läuft mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Mach mal Daft Punk an in der Küche",
    "Mach die Musik lauter",
    "Leiser bitte, ich telefonier",
    "Nächstes Lied",
    "Dat Lied überspringen",
    "Podcast anhalten",
    "Wat is dat für ein Lied",
    "Wat läuft grad in der Küche",
    "Spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "Dat Lied wiederholen, Wiederholung an",
    "Küchenlautsprecher und Stube zusammen schalten",
    "Stell nen Wecker auf halb fünf, die Kühe wollen gemolken werden",
    "Timer auf zwanzig Minuten für die Kartoffeln",
    "Wie wird dat Wetter morgen, kann ich Heu machen",
    "Schreib Kälberfutter auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Mach dat Licht in der Küche aus",
    "Spiel The Daily",
    "Lautstärke auf vierzig",
    "Musik aus",
    "Regnet dat heute noch",
    "Spiel wat von Queen",
    "Weiter mit der Folge",
    "Wat hör ich grad",
]
