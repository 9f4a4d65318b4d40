"""Writer 59, ein Fußballfan, der über sein Hören wie über Tabellen und Statistiken redet, Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer ist diesen Monat mein Tabellenführer bei den Künstlern?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welcher Künstler ist letztes Jahr Meister geworden?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Nenn mir meine Top drei Künstler aller Zeiten",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In der Küche, welcher Künstler ist Tabellenführer seit März?",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Welcher Künstler ist in letzter Zeit Adas Stammspieler?",
        family="top_artists",
        period="lately",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied führt diese Woche die Tabelle an?",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="meine fünf meistgespielten Lieder im Sommer, die Top Fünf bitte",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="Welches Lied hatte letzte Woche die meisten Einsätze?",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="Welches Album war im September mein Stammspieler Nummer eins?",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="Was war unser meistgespieltes Album letzten Sommer?",
        family="top_albums",
        period="last_summer",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast ist seit Oktober bei mir Tabellenführer?",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="Welcher Podcast war im Sommer mein Stammspieler?",
        family="top_podcasts",
        period="summer",
    ),
    # listening_time
    Fresh(
        text="Wie viele Minuten Spielzeit hatte ich gestern?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wie viele Stunden Musik hab ich diese Saison gehört, also dieses Jahr?",
        family="listening_time",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="Wie lange lief bei uns im Oktober der Podcast?",
        family="listening_time",
        period="october",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="wie viele stunden lief in der küche letzten monat",
        family="listening_time",
        period="last_month",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute gespielt, Zwischenstand bitte",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Sachen liefen insgesamt letztes Wochenende?",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="Wie viele Folgen hab ich die letzten sieben Tage gehört?",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler standen diesen Monat in meinem Kader?",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene künstler letzte nacht",
        family="artists_count",
        period="last_night",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich in den letzten 30 Tagen gehört?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hatte ich heute Morgen im Kader?",
        family="songs_count",
        period="this_morning",
    ),
    # play_count
    Fresh(
        text="Wie oft kam Da Funk diese Woche zum Einsatz?",
        family="play_count",
        period="this_week",
        name="Da Funk",
    ),
    Fresh(
        text="Wie oft lief Queen dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie viele Einsätze hatte Radiohead bei mir, insgesamt?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Wie oft lief The Daily in den letzten zwei Wochen?",
        family="play_count",
        period="last_2_weeks",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hat Air letzte Woche Spielminuten bekommen?",
        family="did_i",
        period="last_week",
        name="Air",
    ),
    Fresh(
        text="Lief gestern Bohemian Rhapsody?",
        family="did_i",
        period="yesterday",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Hab ich vorgestern The Daily gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Lief Wet Leg seit Montag bei mir?",
        family="did_i",
        period="since_monday",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="Was lief gestern Abend bei mir?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was haben wir am Samstag gehört?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was stand am dritten November bei mir auf dem Spielplan, was hab ich gehört?",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heute Nachmittag um Viertel nach fünf, was lief da?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Beschreib mal meinen Musikgeschmack, so wie ein Spielerprofil",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie sieht mein Geschmack aus, wenn man nur dieses Jahr nimmt?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="Wann ist bei mir normalerweise Anstoß, also zu welcher Uhrzeit und an welchem Wochentag hör ich meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich normalerweise, welche Uhrzeit ist meine Primetime?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Gab's diesen Monat Neuzugänge bei den Künstlern?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Neuzugänge hatte ich in letzter Zeit?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie hoch ist meine Skip-Quote, wie oft schick ich was auf die Bank?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich letzte Woche auf die Bank gesetzt, also übersprungen, im Verhältnis zu allem?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie oft spiel ich dieselben Lieder immer wieder, wie ist meine Wiederholungsquote?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt schon gehört, hält die Serie noch?",
        family="streak",
    ),
    Fresh(text="Meine Serie, wie viele Tage in Folge?", family="streak"),
    # first_play
    Fresh(
        text="Wann hatte Justice bei mir den ersten Einsatz?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann hab ich Eres zum ersten Mal gehört?",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="Wann stand Queen zuletzt auf dem Platz?", family="last_play", name="Queen"
    ),
    Fresh(text="Wann lief zuletzt Sexy Boy?", family="last_play", name="Sexy Boy"),
    Fresh(
        text="Das Album Discovery, wann war das zuletzt im Einsatz?",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(text="Was war das letzte Lied, das ich gespielt hab?", family="last_song"),
    # first_today
    Fresh(
        text="Was war heute mein erstes Lied, der Anstoß sozusagen?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied hat gestern den Anstoß gemacht?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Lied hat den Monat eröffnet, das erste diesen Monat?",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Was war letzten Freitag der Schlusspfiff, also das letzte Lied?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied war gestern Abend das letzte vorm Abpfiff?",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied sitzt bei mir am häufigsten auf der Bank?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welcher Künstler landet am öftesten auf der Bank?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="Welches Lied hab ich zurzeit in Dauerschleife?", family="on_repeat"),
    # recap
    Fresh(text="Gib mir die Bilanz der Woche", family="recap", period="this_week"),
    Fresh(
        text="Wie war meine Hinrunde, also die letzten drei Monate?",
        family="recap",
        period="last_3_months",
    ),
    Fresh(
        text="Saisonrückblick auf 2025 bitte, wie lief das Jahr?",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Wie war Adas Bilanz im August?",
        family="recap",
        period="august",
        person="Ada",
    ),
    # compare_day_parts
    Fresh(
        text="Bin ich beim Musikhören eher so ein Morgen- oder ein Abendspieler?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich morgens oder abends mehr, diese Saison, also dieses Jahr?",
        family="compare_day_parts",
        period="this_year",
    ),
    # compare_week
    Fresh(
        text="Wo hol ich beim Hören mehr Punkte, unter der Woche oder am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Mach lauter, Anpfiff!",
    "Das Lied auf die Bank, weiter",
    "Nächstes Lied",
    "Was läuft da gerade?",
    "Welches Lied ist das?",
    "Pausier den Podcast, Halbzeit",
    "Licht in der Küche aus",
    "Spiel das Album Moon Safari",
    "Lautstärke auf sechs",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Stell einen Timer auf fünfzehn Minuten, Halbzeitpause",
    "Wie wird das Wetter am Samstag fürs Stadion?",
    "Setz Bier und Chips auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Was hör ich gerade?",
    "Wie steht's bei Bayern gegen Dortmund?",
    "Gruppier die Lautsprecher in Küche und Wohnzimmer",
    "Spiel The Daily weiter",
    "Stopp die Musik",
    "Leiser in der Küche",
    "Spiel Bohemian Rhapsody noch mal von vorne",
    "Wann ist heute Anstoß beim HSV?",
    "Weck mich um sieben, heute ist Spieltag",
    "Mach die Küche stumm",
    "Spiel Justice im Wohnzimmer, volle Pulle",
]
