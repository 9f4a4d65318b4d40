"""Writer 266, Kieler Fischer mit Plattdeutsch, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin, wer is denn dies Jahr mien Künstler Nummer eins?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wat für ne Band hebb ick letzten Monat am meisten gehört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Sag mal, wen haben wir letzte Woche bei uns in der Küche am meisten laufen lassen?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wat is mien Lieblingslied, so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Nenn mir mal die drei Lieder, die ich seit Oktober am meisten gespielt hab.",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="welches Lied lief im Sommer am allermeisten",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Wat war mein Lieblingsalbum im Jahr zweitausendfünfundzwanzig?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="welche Platte hab ich in den letzten drei Monaten am meisten aufgelegt",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich in letzter Zeit am meisten, nu sag schon.",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mien Podcast Nummer eins letztes Jahr, wat war dat",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute schon Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hebb ick diese Woche so gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lang hatten wir gestern Musik an, so zusammen?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heut Morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcastfolgen waren dat im August?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="in den letzten sieben Tagen, wie viel hab ich da insgesamt abgespielt",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich dies Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands waren dat im September",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich in den letzten dreißig Tagen gehört?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele einzelne Stücke, nich Abspielungen, waren dat seit März",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="Wie faken hab ich Bohemian Rhapsody gespielt?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk diesen Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie viel Radiohead hab ich dies Jahr gehört, büschen wenigstens?",
        family="play_count",
        period="this_year",
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
        text="Lief in letzter Zeit wat von Air?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hebb ick vorgestern The Daily gehört, dat weiß ich nich mehr",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Hatte ich letzten Sommer wat von Wet Leg an?",
        family="did_i",
        period="last_summer",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="Wat hab ich gestern Abend so gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl mal, wat lief bei uns am dritten November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="wat hatte ich letzten Freitag an, nu lass mal klöönen",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern Abend um acht?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was hab ich heute früh um halb neun gehört",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heut Nachmittag, so Viertel nach fünf, wat war da an?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wat für Musik mag ich eigentlich so?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal mien Musikgeschmack, aber nich schnacken, kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens, welche Uhrzeit und welcher Wochentag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="zu welcher Stunde läuft bei mir am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab ich diesen Monat wen Neues entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler hab ich seit Montag zum ersten Mal gehört",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="Wie faken skip ich Lieder weg?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich letztes Wochenende übersprungen",
        family="skips",
        period="last_weekend",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dieselben Lieder, oder wat?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie oft wiederhol ich Stücke, in den letzten zwei Wochen",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich nu schon Musik gehört?",
        family="streak",
    ),
    Fresh(
        text="meine Serie, wie viele Tage am Stück sind dat",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice dat erste Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief Eres von Café Tacvba zum ersten Mal bei mir",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="The Weeknd, wann hab ich den zum ersten Mal gehört?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Dat letzte Mal Digital Love, wann war dat?",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, dat ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="welches Stück lief zuletzt bei mir",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Moin, wat war heut dat erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="womit hab ich heute angefangen, musikmäßig",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied hab ich am Samstag als erstes gespielt?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="dat erste Stück gestern, wat war dat",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Wat hab ich letzte Nacht als letztes gehört?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich den Oktober beendet, dat letzte Lied mein ich",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skip ich am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat für n Stück drück ich immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat läuft bei mir im Moment rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied krieg ich zurzeit nich aus dem Kopp, dat ich dauernd anmach?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mien Oktober so, musikmäßig?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Nu schnack mal, wie lief meine Woche mit der Musik?",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so n Nachmittagshörer oder n Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woche, wat meinst du?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags oder am Wochenende, wann läuft bei mir mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Moin, spiel mal Daft Punk in der Küche",
    "mach die Musik mal büschen lauter",
    "wat läuft da gerade in der Küche",
    "wat is dat für n Lied",
    "nächstes Lied, dat mag ich nich",
    "halt den Podcast mal an",
    "spiel dat Album Discovery",
    "mach dat Licht in der Küche aus",
    "Lautstärke auf fünf",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "verbind den Küchenlautsprecher mit dem im Wohnzimmer",
    "stell nen Wecker auf zehn Minuten für den Fisch",
    "wie wird dat Wetter morgen an der Förde",
    "schreib Kartoffeln auf die Einkaufsliste",
    "stell die Heizung auf einundzwanzig Grad",
    "wat hör ich nu gerade",
    "spiel die neueste Folge von The Daily",
    "leiser, Deern schläft",
    "spiel wat von Queen im Wohnzimmer",
    "Musik aus, ick geh raus",
    "weiter mit dem Podcast",
    "wie spät is dat",
]
