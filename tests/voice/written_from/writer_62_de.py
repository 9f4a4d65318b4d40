"""Writer 62, a Bavarian grandmother in her eighties unsure of the technology, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Grüß Gott. Könnten Sie mir bitte sagen, welchen Sänger ich heuer am meisten gehört hab?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Entschuldigen Sie, welche Kapelle hab ich denn im vorigen Monat am öftesten gehört?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Wen hab ich denn letztes Jahr am liebsten gehört, welchen Künstler, wissen Sie das?",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hab ich denn letzte Woche am meisten gespielt, wenn Sie so gut wären?",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Sagen Sie mir doch bitte meine drei Lieblingslieder seit März, die am öftesten gelaufen sind.",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Welche Platte, also das ganze Album, hab ich denn im Oktober am meisten gehört?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Was ist denn mein Lieblingsalbum, überhaupt, seit es dieses Gerät gibt?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen von diesen Podcasts hör ich denn am meisten? Meine Enkelin hat mir das eingerichtet.",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welche Sendung, so ein Podcast halt, hat's mir denn in letzter Zeit so angetan?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief denn gestern die Musik, Stunden mein ich?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie lang hab ich denn diese Woche in der Küche das Radio laufen lassen, alles zusammen?",
        family="listening_time",
        period="this_week",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel Zeit hab ich denn in den letzten dreißig Tagen mit diesen Podcasts verbracht?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich denn heut schon gespielt? Ich hab ganz den Überblick verloren.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Sachen haben wir denn letztes Wochenende bei uns daheim abgespielt, alles zusammengezählt?",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Sänger und Kapellen hab ich denn im Sommer gehört?",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="Seit Oktober, wie viele verschiedene Künstler waren das ungefähr?",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich denn in den letzten drei Monaten gehört, jedes nur einmal gezählt?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Sagen Sie, wie viele unterschiedliche Stücke hab ich denn diesen Monat gehört?",
        family="songs_count",
        period="this_month",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich denn Bohemian Rhapsody diesen Monat gehört? Des is so ein schönes Stück.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief denn heuer die Queen bei mir? Mein Sohn meint, viel zu oft.",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich denn den Peter Alexander gespielt? Ist der überhaupt drauf auf dem Apparat?",
        family="play_count",
        period="all_time",
        name="Peter Alexander",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern den Justice gehört? Ich weiß es beim besten Willen nicht mehr.",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief heut in der Früh die Sendung The Daily, oder hab ich mir das eingebildet?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich in letzter Zeit den Heino gehört? Entschuldigen Sie die Frage.",
        family="did_i",
        period="lately",
        name="Heino",
    ),
    Fresh(
        text="Am Samstag, hab ich da das Lied Don't Stop Me Now gespielt?",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="Was hab ich denn gestern Abend gehört? Helfen Sie mir doch bitte auf die Sprünge.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was für Musik hatten wir denn vorgestern laufen, bei uns daheim?",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Was hab ich denn am dritten November gehört, wissen Sie das noch?",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was lief denn gestern Abend um Viertel vor acht? Des war so ein flottes Lied.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut in der Früh um halb neun, was war denn da im Radio?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was hat denn um fünf Uhr heut Nachmittag gespielt, wie ich den Kaffee gemacht hab?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="Was für eine Musik mag ich denn eigentlich, was meinen Sie?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würden Sie denn meinen Musikgeschmack beschreiben? Seien Sie ruhig ehrlich.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Tageszeit hör ich denn gewöhnlich, und an welchem Wochentag am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann lass ich denn für gewöhnlich das Radio laufen, zu welcher Stunde?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Sind denn diesen Monat neue Sänger dazugekommen, die ich vorher nie gehört hab?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Kapellen hab ich denn voriges Jahr zum allerersten Mal gehört?",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich denn da weiter, bevor was fertig ist? Ich komm halt manchmal an den Knopf.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hab ich diese Woche viel übersprungen? Meine Finger sind nimmer so geschickt.",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Spiel ich denn immer wieder die gleichen Lieder? Meine Tochter behauptet das.",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon gehört, ohne einen auszulassen?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich denn zum ersten Mal Café Tacvba gehört? Ich kann den Namen gar nicht richtig aussprechen.",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief denn Digital Love das allererste Mal bei mir?",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="Wann hab ich denn die Queen zuletzt gehört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Das Lied Sexy Boy, wann hab ich das zum letzten Mal gehört? Ein komischer Titel, wenn Sie mich fragen.",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="Was war denn das letzte Lied, das ich gespielt hab? Ich hab's schon wieder vergessen.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Welches Lied hab ich denn heute als Erstes gespielt?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war denn gestern das erste Lied, das ich aufgelegt hab?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Letzten Freitag, womit hab ich denn da angefangen, mit welchem Lied?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Welches Lied hab ich denn letzte Nacht als Letztes gehört, bevor ich ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Was war denn im September das letzte Stück, das ich gespielt hab?",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich denn am allermeisten? Des mag ich wohl nicht.",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Sänger drück ich denn am häufigsten weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied spiel ich denn zurzeit in einer Tour? Ich summ's den ganzen Tag.",
        family="on_repeat",
    ),
    Fresh(
        text="Was ist denn das Stück, von dem ich gar nimmer genug krieg in letzter Zeit?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzählen Sie mir doch, wie war denn mein Oktober mit der Musik?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Könnten Sie mir eine kleine Zusammenfassung von meinem Jahr geben, was das Hören angeht?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Sagen Sie mal, wie war denn bei uns die letzte Woche so, mit dem Radio und allem?",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich denn mehr in der Früh oder mehr am Abend, was meinen Sie?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr Musik als unter der Woche, oder ist es umgekehrt?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # extra
    Fresh(
        text="Grüß Gott, welche zwei Sänger hab ich denn im August am meisten gehört?",
        family="top_artists",
        period="august",
        count=2,
    ),
    Fresh(
        text="Wie lange haben wir denn vorigen Monat Musik gehört, bei uns in der Küche?",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie oft lief denn die Sendung The Daily in den letzten sieben Tagen?",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich letzten Sommer die Platte Moon Safari gehört, die mit dem schönen Umschlag?",
        family="did_i",
        period="last_summer",
        name="Moon Safari",
    ),
    Fresh(
        text="Wie viele Podcast-Folgen hab ich denn seit Montag gehört?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
]

NEGATIVES = [
    "Grüß Gott, spielen Sie mir doch bitte was vom Queen in der Küche.",
    "Machen Sie das Radio ein bisserl lauter, ich hör nix.",
    "Bitte die Musik leiser, das Telefon läutet.",
    "Was ist denn das für ein Lied, das grad läuft?",
    "Wer singt denn da gerade?",
    "Bitte das nächste Lied, des mag ich nicht.",
    "Halten Sie bitte den Podcast an, es hat geklingelt.",
    "Machen Sie bitte das Licht in der Küche aus.",
    "Spielen Sie bitte das Album Discovery.",
    "Wie wird denn das Wetter morgen? Ich will Wäsche aufhängen.",
    "Stellen Sie mir bitte einen Wecker auf zwanzig Minuten für den Kuchen.",
    "Schreiben Sie Butter und Eier auf den Einkaufszettel.",
    "Drehen Sie die Heizung ein bisserl auf, es ist so kalt.",
    "Aus mit der Musik, bitte, ich hab Kopfweh.",
    "Was hör ich denn gerade jetzt?",
    "Bitte die Lieder durcheinander spielen, wie das heißt, Zufall.",
    "Machen Sie die Wiederholung aus, ich hab das Lied jetzt dreimal gehört.",
    "Verbinden Sie bitte das Gerät in der Küche mit dem in der Stube.",
    "Lautstärke auf vier, bitte.",
    "Spielen Sie bitte den Justice in der Küche, mein Enkel kommt.",
    "Wie spät ist es denn, meine Uhr ist stehengeblieben?",
    "Erinnern Sie mich um sechs an meine Tabletten.",
    "Zurück zum vorigen Lied, bitte, ich hab den Anfang verpasst.",
    "Spielen Sie The Daily von vorne, bitte.",
    "Legen Sie bitte was Fröhliches auf, ich bin heut ein bisserl traurig.",
    "Machen Sie die Nachrichten an, bitte.",
    "Was läuft denn grad in der Küche?",
]
