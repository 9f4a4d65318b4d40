"""Writer 132, a Kölner (Cologne German, from home), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sach ens, wen hab isch letzte Woche am meisten jehört, welche Band, oder?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wat lief dann jestern Abend so um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wie viele Lieder hab isch heut schon jehört, ne?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hab isch jestern Queen jehört oder nit?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Wat is denn mein Lieblingslied diesen Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Meine drei meistjehörten Lieder dies Jahr, sach ens",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Welches Album hab isch in letzter Zeit rauf und runter jehört?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Welcher Podcast kütt bei mir am meisten, oder?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lang lief letzte Woche Musik in der Küche?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab isch seit Oktober jehört?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft hab isch dat Bohemian Rhapsody dies Jahr jespielt, Jeck wie isch bin",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wat hab isch eijentlich für 'nen Jeschmack, sach ens ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör isch meistens, und an welchem Tach?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch in den letzten dreißig Tagen wat Neues entdeckt, irjendne neue Band?",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft skip isch eijentlich, ne?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab isch jetz schon wat jehört?",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch Justice dat erste Mal jehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wat war dat letzte Lied, wat isch jespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Mit wat bin isch heut wach jeworden, dat erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="Erzähl ens, wie war mein Oktober so?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Hör isch mehr morjens oder abends, wat meinste?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hab isch im Sommer jehört?",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="Wat hab isch jestern Abend so jehört, weiß isch nit mehr",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief bei uns letztes Wochenende, ne?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Hör isch immer dat Jleiche, oder? Wie oft wiederhol isch mich da?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wann hab isch zuletzt Air jehört?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Wat war dat erste Lied am Samstach?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Womit hab isch letzten Freitach aufjehört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied überspring isch am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler skip isch am häufigsten, sach ens",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat hab isch die Tage so in Dauerschleife, welches Lied?",
        family="on_repeat",
    ),
    Fresh(
        text="Hör isch am Wochenende mehr als unner der Woche, oder?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Hab isch dies Jahr schon ens Radiohead jehört?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Wat lief heut Morjen um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wie viel Stunden Podcast hab isch im September jehört?",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Top fünf Künstler letztes Jahr, wat sacht dat Ding?",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Wie oft lief The Daily diese Woche?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Hab isch vorjestern wat von Daft Punk jehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Seit März, wie oft hab isch dat Eres von Café Tacvba jehört?",
        family="play_count",
        period="since_march",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wann lief dat Dance von Justice dat erste Mal bei mir?",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Jib mir ens 'nen Rückblick auf mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war meine Woche, erzähl ens",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wat lief heut Nachmittach?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wie lang hab isch heut Morjen jehört, in Minuten?",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="Wie viele Lieder hamm wir letzten Monat jehört?",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Neue Künstler in letzter Zeit, jibt et da wat?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wat lief jestern um acht, jenau um acht Uhr abends?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Wat war dat letzte Lied letzte Nacht, bevor isch ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Lieblingsalbum aller Zeiten, wat is dat bei mir?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler insjesamt, weißte dat?",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is meine Skiprate im Oktober jewesen?",
        family="skips",
        period="october",
    ),
    Fresh(
        text="Wat war dat erste Lied am dritten November?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="In der Küche, welches Lied läuft da am meisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
]

NEGATIVES = [
    "Spiel ens Daft Punk in der Küche",
    "Mach ens lauter, isch hör nix",
    "Wat is dat für 'n Lied jetz?",
    "Überspring dat Lied, dat is nix",
    "Pause, die Kleine schläft",
    "Mach dat Licht in der Küche aus",
    "Stell 'nen Timer auf zehn Minuten",
    "Wie wird dat Wetter morjen, kann isch raus?",
    "Setz Kölsch auf die Einkaufsliste",
    "Spiel dat Album Discovery",
    "Nächstes Lied in der Küche",
    "Mach die Musik in der Küche leiser",
    "Spiel wat von Queen, dat is jut",
    "Wiederhol dat Lied",
    "Mach ens Zufallswiederjabe an",
    "Wat hör isch jetz grad?",
    "Stell die Heizung auf zweiundzwanzig",
    "Spiel die nächste Folge von The Daily",
    "Mach dat Lied nochmal von vorne",
    "Verbind die Küche mit dem Lautsprecher im Wohnzimmer",
    "Wie spät is et?",
    "Stopp, jetz is jenuch Musik",
    "Lautstärke auf fünf, die Kleine will schlafen",
]
