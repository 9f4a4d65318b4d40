"""Writer 387, Berliner Taxifahrer, 60 (Berlinerisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sach ma, wer war denn dit Jahr mein Künstler Nummer eins?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hab ick letzten Monat am meisten jehört, wa?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Nenn ma die drei Bands, die ick in letzter Zeit am meisten jespielt hab",
        family="top_artists",
        period="lately",
        count=3,
    ),
    Fresh(
        text="Wer war zwanzich fünfundzwanzich mein Top-Künstler, weeßte dit?",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Wat war denn mein Lieblingslied im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Meine fünf meistjespielten Lieder von letztem Jahr, aber dalli",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ick im Sommer rauf und runter jenudelt?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Wat is denn mein Lieblingsalbum, so insjesamt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Im August, wat war da meine meistjehörte Platte?",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ick denn am meisten, Mensch?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat war mein Podcast Nummer eins seit März?",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief denn heute Musik bei mir, wa?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie ville Stunden hab ick diese Woche Podcasts jehört?",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange hatten wir letzte Woche in der Küche Musik an?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Die letzten zwee Wochen, wie lange hab ick da so Musik jehört?",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie ville Lieder hab ick jestern jespielt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie oft lief bei mir überhaupt wat in den letzten dreißich Tagen?",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="Wie ville Folgen hab ick im September jehört?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Heute Nachmittach, wie ville Lieder liefen da?",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie ville verschiedene Künstler hab ick diesen Monat jehört?",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="Wie ville Bands insjesamt hab ick schon jehört, also unterschiedliche?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wie ville verschiedene Lieder hab ick seit Montach jehört?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wat sind det für ne Anzahl an unterschiedlichen Titeln in den letzten drei Monaten?",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ick Bohemian Rhapsody dit Jahr jespielt?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie ville Queen hatt ick diesen Monat an?",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief The Daily letzte Woche?",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab ick Radiohead jehört, überhaupt ma?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hab ick jestern Abend Justice jehört?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Lief bei mir die letzten sieben Tage ma wat von Air?",
        family="did_i",
        period="last_7_days",
        name="Air",
    ),
    Fresh(
        text="Sag ma, hab ick am Sonnabend Daft Punk anjehabt?",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="Hab ick jemals wat von Wet Leg jehört? Nüscht, oder?",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="Letzten Sommer, lief da Sexy Boy bei mir?",
        family="did_i",
        period="last_summer",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="Wat hab ick vorjestern so jehört?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Erzähl ma, wat lief letzte Nacht bei mir",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wat hatt ick denn letzten Freitach so an?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Wat hat die Ada in letzter Zeit so jehört?",
        family="what_played",
        period="lately",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Wat dudelte denn jestern Abend um acht?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Wat lief heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat kam denn heute Nachmittach so um Viertel nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wat hab ick eigentlich für nen Jeschmack, wat Musik anjeht?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würdste meinen Jeschmack in letzter Zeit beschreiben?",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="Wann hör ick denn so meistens, welche Uhrzeit und welcher Tach?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Wen hab ick diesen Monat neu entdeckt, wat Künstler anjeht?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler hab ick letzte Woche zum ersten Mal jehört?",
        family="new_artists",
        period="last_week",
    ),
    # skips
    Fresh(
        text="Wie oft drück ick eigentlich uff Überspringen?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is meine Skiprate seit Oktober?",
        family="skips",
        period="since_october",
    ),
    # repeat
    Fresh(
        text="Hör ick immer dieselben Dinger rauf und runter? Wie hoch is die Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie ville Tage am Stück hab ick jetzt schon wat jehört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ick Justice det erste Mal jehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is The Daily bei mir drin, wann lief det zum ersten Mal?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann lief Don't Stop Me Now det letzte Mal?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hatt ick zuletzt wat von Cafe Tacuba an?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Wat war det letzte Lied, wat ick jespielt hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Womit bin ick heute uffjewacht, welchet Lied war det?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war det erste Lied jestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wat für nem Lied hab ick letzte Woche anjefangen?",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="Wat war det letzte Lied am dritten November?",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Womit hab ick letztes Wochenende uffjehört?",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="Welchet Lied überspring ick am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welchem Künstler drück ick am häufigsten weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat für een Lied dudel ick zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Jib ma nen Rückblick uff letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Wie lief meine Woche so, wat dit Hören anjeht?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Erzähl ma, wie war mein Jahr bis jetzt, so im Janzen?",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ick mehr morjens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ick an Werktagen mehr oder an de Wochenenden, wat meinste?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in der Küche",
    "Mach ma die Musik lauter, ick hör ja nüscht",
    "Wat läuft'n da jrade in der Küche?",
    "Wat is'n det für'n Lied?",
    "Überspring det Lied, det jeht mir uff'n Keks",
    "Halt ma den Podcast an",
    "Nächster Titel im Wohnzimmer",
    "Mach det Licht in der Küche aus",
    "Spiel det Album Discovery",
    "Leiser, Mensch, die Nachbarn!",
    "Zufallswiedergabe an",
    "Wiederhol det Lied in Endlosschleife",
    "Verbind ma die Küchenbox mit dem Lautsprecher im Schlafzimmer",
    "Stell ma nen Timer uff zehn Minuten, die Schrippen sind im Ofen",
    "Wie wird det Wetter morjen in Berlin?",
    "Schreib Schrippen und Buletten uff die Einkaufsliste",
    "Dreh die Heizung uff zweiundzwanzich Jrad",
    "Wat hör ick jetzt jrade?",
    "Spiel die neueste Folge von The Daily",
    "Mach die Musik aus, ick hab Feierabend",
    "Lautstärke uff fünf in der Küche",
    "Spiel ma wat von Queen, aber laut",
    "Eins zurück, det Lied will ick nochma von vorne",
    "Regnet det heute noch, wa?",
]
