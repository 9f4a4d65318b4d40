"""Writer 574, ein Kölner Rentner Mitte siebzig (kölsch gefärbt, gemütlich und umständlich), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sach ens, wer wor dann dieses Jahr ming Nummer eins, so vom Künstler her?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wat hab isch denn letzten Monat am meisten jehört, also welche Band, ne?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="In der Küche, seit Oktober, wer läuft da am meisten bei mir?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Jetz ens janz ehrlich, welcher Kääl hat misch in letzter Zeit so verrückt jemacht, dat isch den dauernd hör?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Wat is dann dat Leedche, wat isch diese Woche am meisten jespielt hab?",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="Meine drei Lieblingsleedcher vom letzten Jahr, welche sind dat?",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Im Sommer, wie et so schön warm wor, wat wor da mein Lied Nummer eins?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab isch dat Jahr am meisten aufjelegt?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mein Lieblingsalbum aller Zeiten, wat is dat eijentlich?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör isch denn so am meisten, dat Nachrichtendingens oder wat?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat für ne Sendung, also so ne Podcast, hab isch in den letzten zwei Wochen am meisten jehört?",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief dann hück Musik bei mir?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunden hab isch letzte Woche mit dem Ding hier jehört, insjesamt?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang ham wir im Oktober Musik laufen jehabt, so zusammenjerechnet?",
        family="listening_time",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="Seit März, wie viel Zeit hab isch denn da mit Podcasts verbracht, dat interessiert misch jetz",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab isch heut Morjen jespielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Vorjestern, wie oft lief da wat, insjesamt meine isch",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viele Folgen vom Podcast hab isch mir seit Montag anjehört?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab isch dieses Jahr jehört, so alles in allem?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Im September, wie viele unterschiedliche Bands wor'n dat denn?",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Leedcher wor'n dat in den letzten dreißig Tagen?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viel unterschiedliche Lieder ham wir letzte Woche jehabt, bei uns in der Küche?",
        family="songs_count",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="Wie oft hab isch dat Bohemian Rhapsody von der Queen dieses Jahr jespielt?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Dä Daft Punk, wie oft lief dä denn diesen Monat?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab isch die Bläck Fööss jehört, överhaupt, seit et dat Dingen jibt?",
        family="play_count",
        period="all_time",
        name="Bläck Fööss",
    ),
    # did_i
    Fresh(
        text="Lief in letzter Zeit wat von dene Justice?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Dat Eres von dene Mexikaner, Kaffee Tacuba oder wie die heißen, hab isch dat am Samstag jehört?",
        family="did_i",
        period="saturday",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Hab isch dat Jahr eijentlich BAP jehört, dä Niedecken?",
        family="did_i",
        period="this_year",
        name="BAP",
    ),
    # what_played
    Fresh(
        text="Letzten Freitag, wat lief da bei mir, weißte dat noch?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Wat ham wir am dritten November jehört?",
        family="what_played",
        period="november_3",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Wat lief jestern Abend so um acht?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Hück Morjen um halb neun, wat wor dat für e Leedche?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief heut Nachmittag so Viertel nach fünf in der Küche?",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="Jetz sach ens, jestern, isch stand am Herd, so Viertel vor acht, do lief doch wat, wat wor dat dann?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    # taste
    Fresh(
        text="Wat för ne Musik hör isch eijentlich am liebsten, sach ens",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mir ens mingen Musikjeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör isch denn so meistens Musik, welche Uhrzeit und welcher Tach?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr dudelt dat bei mir am meisten, und an wat für nem Wochentag?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab isch in letzter Zeit wat Neues entdeckt, so neue Künstler?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wat für neue Bands sind dieses Jahr dazujekommen, die isch vorher nit kannte?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück isch eijentlich weiter, also überspring isch viel?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Leedcher hab isch diesen Monat wegjedrückt, so im Verhältnis?",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Hör isch immer dat Jleiche, so wie en ahl Schallplatt, die hängt?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab isch seit März dieselben Lieder immer widder jespielt?",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="Wie lang is meine Serie, also dat isch jeden Tach wat anhatte, ohne Pause?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab isch dat erste Mal Air jehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Dat Don't Stop Me Now, seit wann hab isch dat drin, wann lief dat zum ersten Mal?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab isch die Höhner dat erste Mal jehört, dat muss doch Karneval jewesen sein",
        family="first_play",
        name="Höhner",
    ),
    # last_play
    Fresh(
        text="Wann lief dat letzte Mal The Daily?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab isch zuletzt dat Sexy Boy jehört, dat jecke Leedche?",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="Zuletzt jespielt, wat wor dat noch, isch hab et verjessen",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat wor hück dat erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="Wie isch hück aufjestanden bin, wat lief da als Allererstes?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat wor dat erste Lied jestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wat hab isch am Samstag anjefangen, so musikmäßig?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Wat wor dat letzte Leedche vorjestern?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Letzten Freitag, wat lief da als Letztes, bevor isch ins Bett bin?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Wat is dat Leedche, wat isch dat Jahr am häufigsten übersprungen hab?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Kääl überspring isch am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück isch am ehesten weiter, die mag isch wohl nit so?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat für e Leedche hab isch zurzeit immer widder laufen?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied krieg isch jrad nit mehr aus'm Kopp, dat isch dauernd spiel?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Mach mir ens ne kleine Zusammenfassung vom Oktober, wat isch da so jehört hab",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie wor dat Jahr so, musikmäßig, für misch?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Jib mir ens nen Überblick über mein Hören, aber jemütlich, ne?",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Bin isch eher so ne Nachteule oder ne Frühaufsteher, wat dat Musikhören anjeht?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Is bei mir am Samstag, Sonntag mehr Musik als so werktags?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktags oder am Wochenende, wann dudelt dat mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Mach ens die Musik lauter, isch hör nix",
    "Spiel mir ens wat von Daft Punk in der Küche",
    "Wat is dat für e Leedche, dat jrad läuft?",
    "Dreh dat ens leiser, die Nachbarn",
    "Nächstes Lied, dat is nix für misch",
    "Mach dat Licht in der Küche an",
    "Dä Podcast, mach dä ens Pause",
    "Stell mir nen Wecker auf sieben Uhr",
    "Wie wird dat Wetter hück in Kölle?",
    "Schreib Kaffee und Rosinenbrot auf den Einkaufszettel",
    "Mach die Heizung ens e bissche höher, et is kalt",
    "Spiel dat Album Homework",
    "Mach ens Zufallswiedergabe an",
    "Dat Lied nochmal wiederholen, in Dauerschleife",
    "Mach die Musik aus, isch jeh schlafen",
    "Spiel et auch im Wohnzimmer, alle Lautsprecher zusammen",
    "Stell nen Timer auf zwölf Minuten für die Eier",
    "Wat hör isch jrad?",
    "Spiel ens die Höhner, dat is Karneval",
    "Wer singt dat hier jrad?",
    "Spiel die neue Folge von The Daily",
    "Mach dat Küchenlicht aus",
    "Lautstärke auf fünf",
    "Spiel ens wat Jemütliches für dä Sonntachnachmittach",
    "Wie spät is et eijentlich?",
]
