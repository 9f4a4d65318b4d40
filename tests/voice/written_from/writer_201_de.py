"""Writer 201, indirect hinting asker (Moselle Franconian, Luxembourg border), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moien, ich tät gern wissen, wer dieses Jahr mein Künstler Nummer eins is",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="mich würd ja interessieren, auf welche Band ich in letzter Zeit so versessen war",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wat für Künstler hann mir letzten Monat am meisten gehört, dat wüsst ich gern",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wer war so mein Künstler die letzten drei Monate, ich frag mich dat",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="ich tät gern wissen, wen die Ada dies Jahr am meisten gehört hat, so welcher Künstler",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="ich frag mich, wat mein Lieblingslied vom Sommer war",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="wär mal interessant, meine drei meistgespielten Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="in der Küch, dat wüsst ich gern, welches Lied da diesen Monat am meisten lief",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="mein Lieblingslied letzten Sommer, dat tät mich gewiss interessieren",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="keine Ahnung, welches Album ich dies Jahr am meisten gehört hab",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="ich tät gern wissen, wat so mein Lieblingsalbum is, überhaupt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="die zwei Alben, die ich am meisten gehört hab, dat wüsst ich gern mal",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="mich tät interessieren, welcher Podcast bei mir in letzter Zeit am meisten läuft",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="ich frag mich, wat zwanzig fünfundzwanzig mein Podcast Nummer eins war",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="keine Ahnung, wie lang bei mir haut schon Musik lief",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wollt schon lang mal wissen, wie viele Stunden ich letzte Woch gehört hab",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hann mir gestern gehört, dat tät mich gewiss interessieren",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie lang letzte Nacht noch Musik lief, dat wüsst ich gern",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    # plays
    Fresh(
        text="ich frag mich, wie viele Lieder ich gestern Abend gespielt hab",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="keine Ahnung, wie viele Folgen vom Podcast ich im September gehört hab",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wär interessant, wie oft überhaupt eppes gelaufen is die letzten sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viel Lieder dat die letzten zwei Wochen waren, ich hab keine Ahnung",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="ich tät gern wissen, wie viele verschiedene Künstler ich dies Jahr gehört hab",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="keine Ahnung, wie viele Interpreten dat im August waren",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="mich würd interessieren, wie viele verschiedene Lieder ich die letzten dreißig Tage gehört hab",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele unterschiedliche Titel hann mir im Oktober gehabt, dat wüsst ich gern",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="ich frag mich, wie oft ich dies Jahr Queen gehört hab, gewiss ganz oft",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="keine Ahnung, wie oft Around the World diesen Monat lief",
        family="play_count",
        period="this_month",
        name="Around the World",
    ),
    Fresh(
        text="wollt mal wissen, wie oft ich The Daily seit Montag gehört hab",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="ich frag mich, ob ich gestern Daft Punk gehört hab",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="ob ich am Samstag wat von Air gehört hab, dat wüsst ich gern",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="hann ich eigentlich jemals Wet Leg gehört, ich frag mich dat grad",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="ich frag mich, ob mir letztes Wochenende Cafe Tacuba gespielt hann",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="ob dat Dance von Justice diese Woch schon dran war, keine Ahnung",
        family="did_i",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="ich tät gern wissen, wat gestern Abend so gelaufen is",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="keine Ahnung mehr, wat ich vorgestern gehört hab",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mich tät interessieren, wat haut Morgen lief",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wat hab ich haut Nachmittag gehört, dat wüsst ich gern",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="ich frag mich, wat gestern Abend gegen Viertel nach acht lief",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wat lief denn haut früh um halb neun, dat wüsst ich gern",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="mich würd interessieren, wat am Mittwoch um neun Uhr abends gespielt hat",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wat da letzten Samstag um acht Uhr morgens lief, dat tät ich gern wissen",
        family="playing_at",
        moment="2026-11-14 08:00",
    ),
    # taste
    Fresh(
        text="ich frag mich jo, wat für Musik ich eigentlich so mag",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wär mal interessant zu hören, wie mein Musikgeschmack so is",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="keine Ahnung, um welche Uhrzeit ich meistens hör",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="ich tät gern wissen, an welchem Tag und wann ich so am meisten Musik hör",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="ich frag mich, ob ich diesen Monat neue Künstler entdeckt hab",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wär interessant, wen ich seit März neu kennengelernt hab, so Künstler mein ich",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="ich glaub, ich überspring viel, mich würd meine Skip-Rate interessieren",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="keine Ahnung, wie oft ich letzte Woch weitergedrückt hab",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="ich frag mich, ob ich immer dieselben Sachen wieder und wieder hör",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch meine Wiederholungsrate dies Jahr is, dat tät mich interessieren",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich schon hör, dat wüsst ich gern",
        family="streak",
    ),
    Fresh(
        text="ich frag mich, wie lang meine Serie is, so Tage am Stück mit Musik",
        family="streak",
    ),
    # first_play
    Fresh(
        text="ich frag mich, wann ich zum ersten Mal Justice gehört hab",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wollt schon lang wissen, wann Bohemian Rhapsody dat erste Mal lief",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann hab ich Radiohead zum ersten Mal gehört, keine Ahnung",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="keine Ahnung, wann ich dat letzte Mal Digital Love gehört hab",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="mich tät interessieren, wann The Daily zuletzt lief",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann ich The Weeknd zuletzt gehabt hab, dat wüsst ich gern",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="ich frag mich, wat dat letzte Lied war, dat ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="wat hab ich zuletzt gehört, so dat allerletzte Lied, dat tät mich interessieren",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mich würd interessieren, mit welchem Lied ich haut in den Tag gestartet bin",
        family="first_today",
    ),
    Fresh(
        text="wat war haut dat erste Lied, ich frag mich dat",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="ich tät gern wissen, wat dat erste Lied letzten Freitag war",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="mit welchem Lied ich am 3. November angefangen hab, keine Ahnung",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="ich frag mich, wat gestern dat letzte Lied war",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hann mir letztes Jahr aufgehört, dat letzte Lied, dat wüsst ich gern",
        family="last_in",
        period="last_year",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="ich frag mich, welches Lied ich am meisten überspring",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="keine Ahnung, wat dat Lied is, dat ich immer wegdrück",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="mich würd interessieren, welchen Künstler ich am häufigsten überspring",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück ich gewiss am meisten weiter, welche Band, dat wüsst ich gern",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="ich frag mich, wat ich im Moment so in Dauerschleife hab",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied ich grad immer wieder spiel, dat wüsst ich gern, ich krieg et net aus dem Kopf",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober, dat tät mich interessieren",
        family="recap",
        period="october",
    ),
    Fresh(
        text="ich hätt gern so en Rückblick, wie mein Jahr war",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Moien, wär schön, so en Überblick, wie et bei mir läuft mit dem Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war die letzte Woch bei ons so, hörmäßig, dat wüsst ich gern",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ich frag mich, ob ich mehr morgens oder abends hör",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich eigentlich mehr nachmittags oder nachts, dat wüsst ich gern",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="mich tät interessieren, ob ich am Wochenende mehr hör als unter der Woch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="keine Ahnung, ob bei mir werktags mehr Musik läuft als samstags und sonntags",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Moien, mach mol dat Licht in der Küch an",
    "spiel mal Daft Punk in der Küch",
    "mach die Musik e bëssi lauter",
    "wat is dat für e Lied grad, dat wüsst ich gern",
    "überspring dat Lied",
    "halt mal den Podcast an",
    "nächstes Lied im Wohnzimmer",
    "mach dat Küchenlicht aus",
    "spiel dat Album Discovery",
    "leiser bitte, dat is gewiss zu laut",
    "Zufallswiedergabe an",
    "wiederhol dat Lied",
    "verbind die Lautsprecher in der Küch und im Wohnzimmer",
    "stell en Timer auf zehn Minuten für die Gromperen",
    "wie wird dat Wetter morgen, ich frag mich dat",
    "setz Milch auf die Einkaufsliste",
    "stell die Heizung auf einundzwanzig Grad",
    "wat hör ich grad",
    "spiel The Daily",
    "mach mal Radio an",
    "stopp die Musik",
    "weiter mit dem Podcast",
    "Lautstärke auf fünf",
    "wie spät is et",
    "regnet et haut noch, dat wüsst ich gern",
    "spiel wat von Queen in der Küch",
    "mach dat Licht im Flur aus",
    "wer singt dat grad",
    "Wiederholung aus",
]
