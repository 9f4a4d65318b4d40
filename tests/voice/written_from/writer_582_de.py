"""Writer 582, eine Ostwestfälin aus Bielefeld Anfang sechzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer lief denn dies Jahr am meisten, ne",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Gezz sach ma. Wen hatt ich letzte Woche am meisten an",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Die drei Künstler vom Sommer, welche warn dat",
        family="top_artists",
        period="summer",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Welches Lied lief im Oktober am meisten",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Mein Lieblingslied. Welches is dat eigentlich",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Fünf meistgespielte Lieder seit März, nech",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich dies Jahr am meisten laufen lassen",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Dat Album, wat am meisten lief. Welches war dat",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich denn am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Meistgehörter Podcast letzten Monat",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik, nech",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunden hab ich letzte Woche so gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Gestern bei uns. Wie lange lief da wat",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    # plays
    Fresh(
        text="Wieviele Lieder warn dat heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft lief überhaupt wat diesen Monat",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="Wieviel Folgen vonne Podcasts hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wieviele verschiedene Künstler warn dat dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Bands hab ich insgesamt gehört",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wieviele verschiedene Lieder, letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Wieviel unterschiedliche Stücke warn dat inne letzten dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rapsodie dies Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen. Wie oft hatt ich die an seit Oktober",
        family="play_count",
        period="since_october",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Daft Punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief vorgestern dat Dingens, The Daily",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="In letzter Zeit wat von Air an gehabt?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Lief am Samstag Westernhagen",
        family="did_i",
        period="saturday",
        name="Westernhagen",
    ),
    # what_played
    Fresh(
        text="Wat lief gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Heute früh, wat hab ich da gehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Wat hatten wir am Wochenende so an",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Gestern so um acht, wat war dat fürn Lied",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute morgen um halb neun, wat lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief heut Nachmittag fünf nach fünf",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wat hör ich eigentlich fürn Zeug",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würdste meinen Musikgeschmack beschreiben. Kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich denn meistens Musik, so vonne Uhrzeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Tag lief am meisten, und um wieviel Uhr so",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Irgendwen Neues dabei in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Letzte drei Monate, wer war da neu",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich weiter, ne",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wieviel hab ich letzten Monat übersprungen",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dat Gleiche, oder wat",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Die letzten zwei Wochen, wie oft hab ich dieselben Lieder wiederholt",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Wieviel Tage am Stück hab ich gezz gehört",
        family="streak",
    ),
    Fresh(
        text="Wie lang is meine Serie. Tage hintereinander, mein ich",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice dat erste Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Dat Dingens, Moon Safari. Wann lief dat zum ersten Mal",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hatt ich dat letzte Mal die Daily an",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Dat Lied Eres, von den Mexikanern, wann lief dat zuletzt",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="Dat Letzte, wat lief, wat war dat nomma",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat lief heut als erstes",
        family="first_today",
    ),
    Fresh(
        text="Mit welchem Lied hab ich heute angefangen, ne",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war gestern dat erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erstes Lied am dritten November",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Wat lief letzten Freitag als letztes",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Dat letzte Stück letzte Nacht, wat war dat",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück ich am meisten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Inne Küche, welches Stück überspring ich immer",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="Wen drück ich immer weg, so vonne Bands her",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat fürn Lied läuft bei mir gezz dauernd",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied hab ich im Moment auf Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Jahresrückblick. Bisken kurz, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma die Woche zusammen",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Letzten Monat, wie war dat so, zusammengefasst",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Wie war dat bei uns letztes Jahr so insgesamt",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Eher vormittags oder nachmittags, wann lief mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Unter der Woche oder samstags sonntags, wann lief mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktags mehr Musik oder am Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk inne Küche",
    "Bisken leiser",
    "Lauter, ne",
    "Wat is dat fürn Lied gezz",
    "Nächstes Lied",
    "Dat Lied überspringen",
    "Podcast anhalten",
    "Küchenlicht aus",
    "Spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholen aus, dat nervt",
    "Die Lautsprecher Küche und Wohnzimmer zusammen, bitte",
    "Timer auf zehn Minuten, für die Eier",
    "Wie wird dat Wetter morgen in Bielefeld",
    "Setz Milch auffe Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Wat läuft da gezz grad",
    "Mach die Musik aus",
    "Spiel ma Queen im Wohnzimmer",
    "The Daily abspielen",
    "Dat Lied nomma von vorne",
    "Wer singt dat hier",
    "Regnet dat heute noch",
    "Mach ma Radio Bielefeld an",
    "Weiter mit dem Podcast",
]
