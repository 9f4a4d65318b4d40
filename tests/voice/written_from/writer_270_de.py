"""Writer 270, East Frisian fisherman (Low German habits), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin, wen hebb ik letzte Woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer is denn mien Künstler des Jahres, wat",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wat für 'ne Band hebben wir letzten Monat am meisten gehört bei uns",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wat is mien Lieblingslied, jo",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="die drei Lieder, die ik im Oktober am meisten gespielt hebb, sach mal",
        family="top_tracks",
        period="october",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welches Album lief bei mir diesen Sommer am meisten",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Lieblingsalbum von Ada seit März, wat is dat",
        family="top_albums",
        period="since_march",
        person="Ada",
    ),
    # top_podcasts
    Fresh(
        text="wat is in letzter Zeit mien Podcast, hebb ik da einen Liebling",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie viele Stunden hebb ik diese Woche Musik gehört",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="in der Küche, wie lang hebben wir da letzten Monat zugehört",
        family="listening_time",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie lang lief gestern so insgesamt, jo",
        family="listening_time",
        period="yesterday",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hebb ik heute schon laufen lassen",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="seit Oktober, wie viele Podcastfolgen hebb ik gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler waren dat dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel unterschiedliche Bands hebb ik überhaupt je gehört",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft hebb ik Bohemian Rhapsody gespielt dies Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The Daily, wie oft lief dat im September",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hebb ik Wet Leg gehört, letztes Jahr",
        family="play_count",
        period="last_year",
        name="Wet Leg",
    ),
    # did_i
    Fresh(
        text="hebb ik gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="vorgestern, hebb ik da wat von Air gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="lief in letzter Zeit mal Radiohead bei mir",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="wat hebb ik gestern Abend gehört, nu sach schon",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="wat für Musik hebb ik heute früh gehört",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern Abend so um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute Morgen um halb neun, wat war dat für'n Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="snack mal, wat für Musik mag ik eigentlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ik meistens, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hebb ik in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wer war im August neu bei mir",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wie oft skip ik eigentlich, jo",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is mien Skiprate diesen Monat",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="hör ik immer dat selbe, wie viel wiederhol ik",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hebb ik nu schon Musik gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hebb ik Justice dat erste Mal gehört",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="wann lief Eres von Café Tacvba zuletzt",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Sexy Boy, wann hebb ik dat zuletzt gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="ik bin heut 'n büschen tüdelig, wat war dat letzte Lied, dat ik gehört hebb",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wat für'n Lied bin ik heut in den Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war dat erste Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="wat lief als letztes am letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="dat letzte Lied letzte Nacht, wat war dat",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ik am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler drück ik am häufigsten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="snack mal, wie war mien Jahr so musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal 'n Rückblick auf letzte Woche",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ik mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="unter der Woche oder am Wochenende, wann läuft bei mir mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Moin, spiel mal Daft Punk in der Küche",
    "mach die Musik lauter, jo",
    "wat läuft da grad in der Küche",
    "wat is dat für'n Lied",
    "nächstes Lied",
    "Podcast anhalten, nu",
    "Licht in der Küche aus",
    "spiel dat Album Discovery",
    "Lautstärke auf fünf",
    "Zufallswiedergabe an",
    "Wiederholung an für dat Lied",
    "Lautsprecher in Küche und Stube zusammenschalten",
    "Timer auf zwölf Minuten für die Krabben",
    "wie wird dat Wetter morgen auf See",
    "Fischbrötchen auf die Einkaufsliste",
    "Heizung auf zwanzig Grad, dat is kalt hier",
    "wat hör ik gerade",
    "mach mal 'n büschen leiser",
    "spiel The Daily weiter",
    "stopp die Musik",
    "Lied überspringen, dat mag ik nich",
    "spiel wat von Queen in der Küche",
]
