"""Writer 66, ein gesprächiger Rheinländer aus Köln (Kölsch-gefärbt: jetz, wat, dat, nä, hömma), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Hömma, wer war denn dat diesen Monat bei mir so der Künstler Nummer eins?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Sach ens, wen hab isch letztes Jahr am meisten jehört, so bandmäßig",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Meine drei Top-Künstler seit Oktober, wat sagste?",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Von wem bin isch in letzter Zeit so richtig besessen, Künstler mein isch, dat weißte doch bestimmt",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Wat war denn mein Lieblingslied im August, dat würd misch ja mal interessieren",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="Nenn mir ens meine fünf meistjespielten Lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welches Lied lief letzten Sommer bei mir am meisten, dat weiß isch nämlich nit mehr",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief bei mir im Sommer am meisten, hömma?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Wat is eijentlich mein Lieblingsalbum, jetz mal ehrlich",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast hat misch in letzter Zeit so jepackt, wat meinste?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Mein meistjehörter Podcast dieses Jahr, welcher is dat?",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie viele Stunden Musik hab isch diese Woche jehört, so grob über den Daumen?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie lang hammer letzten Monat bei uns in de Küch Podcasts laufen lassen?",
        family="listening_time",
        period="last_month",
        content="podcasts",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit hab isch vorjestern mit Zuhören verbracht, alles zusammen?",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Die letzten sieben Tage, wie lange lief da bei mir wat?",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab isch heut schon laufen lassen? Dat sin bestimmt en paar",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Seit Montag, wie oft wurde da insjesamt wat abjespielt?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Podcastfolgen warn dat im Oktober, hömma?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab isch dieses Jahr so jehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Hömma, wie viele unterschiedliche Bands warn dat in den letzten dreißig Tagen?",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Zweitausendfünfundzwanzig, wie viele verschiedene Künstler hatt isch da insjesamt?",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder liefen letzte Woche bei mir?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Wie viele unterschiedliche Songs hab isch seit März jehört, ohne die Wiederholungen mitzuzählen",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="Wie oft hab isch Bohemian Rhapsody diesen Monat jespielt? Dat Lied krieg isch nit satt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Daft Punk letzte Woche in de Küch?",
        family="play_count",
        period="last_week",
        name="Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="Wie oft hab isch BAP jehört dieses Jahr? Dat wär ja wat für Kölle",
        family="play_count",
        period="this_year",
        name="BAP",
    ),
    Fresh(
        text="Wie oft lief The Daily in den letzten drei Monaten, so ungefähr?",
        family="play_count",
        period="last_3_months",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hab isch jestern Justice jehört oder nä?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief in letzter Zeit eijentlich wat von Air?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Ham wir am Wochenende The Daily jehört, weißte dat?",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hab isch je wat von de Höhner jespielt? Dat wär ja peinlich, wenn nit",
        family="did_i",
        period="all_time",
        name="Höhner",
    ),
    Fresh(
        text="Heut Morgen, lief da Don't Stop Me Now oder hab isch mir dat einjebildet?",
        family="did_i",
        period="this_morning",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="Wat hab isch jestern Abend so jehört, weißte dat noch?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief denn am Samstag bei mir so alles?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Wat hat die Ada letzte Woche so jehört?",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="Am dritten November, wat für Musik lief da bei mir?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Wat lief da jestern Abend so um Viertel nach acht? Dat war so en schönes Lied",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Wat war dat heut früh um halb neun, wat da jelaufen is?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Hömma, wat lief heut Nachmittag so jegen fünf nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wie würdste meinen Jeschmack beschreiben, jetz mal janz ehrlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Auf wat steh isch eijentlich so, nach dem, wat isch höre?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör isch normalerweise am meisten, und an welchem Wochentag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör isch denn so typischerweise, also welche Uhrzeit und welcher Tag?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab isch diesen Monat irjendwelche neuen Künstler entdeckt, oder immer dat Alte?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Bands hab isch letztes Jahr zum allerersten Mal jehört?",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="Wie oft skip isch eijentlich so, in Prozent?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab isch diese Woche wegjedrückt, also übersprungen?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör isch immer dat Gleiche in Schleife? Wie hoch is denn meine Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="In den letzten zwei Wochen, wie oft hab isch dieselben Sachen wieder und wieder jespielt?",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab isch jetz schon wat jehört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang is meine Hör-Serie jrad, Tage hintereinander mein isch?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab isch Justice dat erste Mal jehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann hör isch The Daily eijentlich, wann war dat allererste Mal?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann lief Around the World zuletzt?",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="Wann hab isch dat letzte Mal wat von Queen jehört, dat is doch schon ewig her, oder?",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, dat isch jespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Sach ens, wat lief zuletzt bei mir, dat allerletzte Lied?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat war heut dat erste Lied bei mir?",
        family="first_today",
    ),
    Fresh(
        text="Womit bin isch heut in den Tag jestartet, wat lief als Allererstes?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war dat erste Lied jestern, weißte dat?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wat hab isch den Oktober anjefangen, so dat erste Lied im Monat?",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="Wat war dat letzte Lied letzten Freitag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab isch letzte Nacht aufjehört, bevor isch ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skip isch am häufigsten, dat nervt misch bestimmt",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Titel hab isch diesen Monat am öftesten übersprungen?",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück isch am meisten weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen hab isch seit März am häufigsten übersprungen, Künstler mein isch",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="Wat is bei mir jrad so in Dauerschleife, welches Lied?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied kann isch im Moment nit lassen, dat spiel isch doch dauernd",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ens, wie war mein Jahr so, hörmäßig?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Jib mir ens en Rückblick auf den September",
        family="recap",
        period="september",
    ),
    Fresh(
        text="Wie lief meine Woche so, wat dat Hören anjeht?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mir mal en Zusammenfassung von meinem Jehöre, so im Großen und Janzen",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör isch mehr morjens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin isch eher so en Nachmittags- oder en Abendhörerin, wat meinste?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wann läuft bei mir mehr, an de Werktage oder am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Hab isch dieses Jahr unter der Woche mehr jehört oder samstags, sonntags?",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "Spiel ens Daft Punk in de Küch",
    "Mach dat Radio ens lauter, hömma",
    "Wat is dat für en Lied jetz?",
    "Skip dat ens, dat kann isch nit hören",
    "Pause den Podcast, et klingelt",
    "Nächstes Lied im Wohnzimmer",
    "Mach dat Licht in de Küch aus",
    "Spiel dat Album Discovery",
    "Lautstärke auf dreißig",
    "Mach ens Zufallswiedergabe an",
    "Wiederholung aus, dat nervt",
    "Gruppier die Lautsprecher Küche und Wohnzimmer",
    "Stell en Timer auf zehn Minuten für de Nudeln",
    "Wie wird dat Wetter morjen in Kölle?",
    "Setz Kölsch auf de Einkaufsliste",
    "Mach die Heizung auf einundzwanzig Grad",
    "Wat hör isch jrad?",
    "Wat läuft jetz in de Küch?",
    "Spiel die neueste Folge von The Daily",
    "Mach die Musik aus, jetz is Ruhe",
    "Leiser, bitte, dat Kind schläft",
    "Spiel wat von BAP im Wohnzimmer",
    "Noch mal dat Lied von vorne",
    "Weiter im Podcast, dreißig Sekunden vor",
    "Mach den Lautsprecher in de Küch stumm",
    "Wer singt dat hier jrad?",
    "Spiel Queen, Bohemian Rhapsody",
    "Weck misch morjen um halb sieben",
]
