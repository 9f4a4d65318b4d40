"""Writer 524, ein redseliger Rentner aus Nürnberg (fränkische Färbung), der beim Fragen vom Hundertsten ins Tausendste kommt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Etz sag amol, mei Enkela, der Lukas, hat gmeint, ich hör immer bloß des Gleiche, wer war denn dieses Jahr mein Künstler Nummer eins?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Im Oktober, wo der Glubb so schlecht gspielt hat, Allmächd, da hab ich viel Musik gebraucht, wen hab ich da am meisten ghört?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Die drei Künstler, die ich am meisten gehört hab, überhaupt, also seit's des Ding in der Küch gibt, welche sind des?",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Mei Gerda sagt immer, ich hab a Lieblingslied und merk's ned amal, also welches Lied hab ich diesen Monat am meisten gspielt?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Für die Kärwa nächstes Jahr brauch ich a Liste, sag mir fei meine fünf meistgespielten Lieder vom letzten Jahr.",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Der Plattenladen in der Südstadt, der wo früher a Metzgerei war, macht zu, drum frag ich, welches Album hab ich in den letzten drei Monaten am öftesten laufen lassen?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Mei Lieblingsalbum überhaupt, welches is des eigentlich?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Früher hat mer ja Radio ghört, Bayern eins, des war noch was, aber welchen Podcast hör ich denn in letzter Zeit am meisten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Zweitausendfünfundzwanzig, was war da mein liebster Podcast?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Ich war gestern nachmittags beim Doktor Wagner in Fürth, ewig gwart hab ich, wie lang lief denn bei mir gestern überhaupt Musik?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Die Gerda meint, zu viele, aber wie viele Stunden hab ich diese Woche insgesamt zugehört?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange hab ich letzten Monat Podcasts ghört, so ungefähr in Minuten?",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Ich hab beim Kartoffelschälen mitzählt und bin durcheinanderkommen, wie viele Lieder hab ich heut scho gspielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft lief insgesamt was seit Oktober, alles zamm, Musik und Podcasts?",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="Wie viele Folgen hab ich denn in den letzten dreißig Tagen ghört?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Mei Nachbar, der Heinz, der mit dem Dackel, behauptet, ich kenn bloß Queen, also wie viele verschiedene Künstler hab ich dieses Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands waren's im September?",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich seit Montag ghört?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Jetzt amal ganz allgemein, wie viele verschiedene Stücke hab ich überhaupt scho ghört auf dem Ding?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Des Lied is ja so lang wie a Predigt in der Lorenzkirch, wie oft hab ich Bohemian Rhapsody diese Woche gspielt?",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Im Sommer war ich ja drei Wochen am Brombachsee, aber wie viel Daft Punk hab ich da trotzdem ghört?",
        family="play_count",
        period="summer",
        name="Daft Punk",
    ),
    Fresh(
        text="Die Gerda mag die ja, wie oft lief Helene Fischer letztes Jahr?",
        family="play_count",
        period="last_year",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Gestern Abend hat's so gwummert, die Frau Schmidt von unten hat gleich an die Decke klopft, hab ich da Justice gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Am Samstag, war da Air dabei? Des französische Zeug mein ich, des wo so schwebt.",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Hab ich in letzter Zeit was von Café Tacvba ghört? Die Mexikaner, mein ich.",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="Letzte Woche war der Enkel da, hamm mir da Queen ghört?",
        family="did_i",
        period="last_week",
        name="Queen",
        person="we",
    ),
    # what_played
    Fresh(
        text="Vorgestern war ja Buß- und Bettag, da hab ich früher immer frei ghabt, was hab ich denn da alles ghört?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief denn bei uns letztes Wochenende so?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Ich bin auf'm Kanapee eingnickt, was hab ich denn heut Nachmittag für Musik ghabt?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Da hab ich grad die Bratwürscht in der Pfanne ghabt, was lief denn gestern so um Viertel nach acht am Abend?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heut früh um halb neun, was war denn da? Des hat mir gfalln, aber den Namen hab ich ned mitkriegt.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was hab ich am Mittwoch um zwölfe ghört, also mittags zum Essen?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Der Heinz sagt, ich hör bloß Krach, wie tätst du denn meinen Musikgeschmack beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für a Musik mag ich eigentlich, so insgesamt?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Die Gerda hält ja ihr Mittagsschläfchen, drum frag ich, um welche Uhrzeit hör ich normalerweis am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Wochentag und zu welcher Stund hör ich denn so gewöhnlich?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Man lernt ja nie aus, hat mei Vadder immer gsagt, hab ich diesen Monat irgendwen Neues entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche neuen Künstler sind seit März dazukommen?",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="Die Gerda sagt, ich hab ka Geduld, wie oft drück ich eigentlich weiter, also überspring ich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch war letzte Woche meine Überspringrate?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer wieder des Gleiche? Wie oft wiederhol ich mich denn so, in Prozent, wie beim Lotto?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich in den letzten zwei Wochen die gleichen Lieder wieder und wieder gspielt?",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Des is ja wie beim Schafkopf a Serie, wie viele Tage am Stück hab ich jetzt scho was ghört?",
        family="streak",
    ),
    Fresh(
        text="Meine Serie, wie viele Tage hintereinander sind des etz?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Des muss der Lukas gwesen sein, der hat des aufbracht, wann hab ich des erste Mal Daft Punk ghört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann lief Don't Stop Me Now zum allerersten Mal bei mir?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Sexy Boy von Air, a komischer Titel für an alten Mann, wann hab ich des zum ersten Mal gspielt?",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    # last_play
    Fresh(
        text="Des is ja auf Englisch, da versteh ich eh bloß die Hälfte, wann hab ich zuletzt The Daily ghört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann war denn des letzte Mal Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Roland Kaiser, wann hab ich den zuletzt laufen ghabt?",
        family="last_play",
        name="Roland Kaiser",
    ),
    # last_song
    Fresh(
        text="Ich hab's scho wieder vergessen, was war des letzte Lied, des ich gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Des Letzte, was bei mir glaufen is, was war des?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wegen dem Müllauto war ich scho um sechse wach, mit welchem Lied bin ich denn heut aufgwacht?",
        family="first_today",
    ),
    Fresh(
        text="Was war heut des erste Lied?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern des erste Lied? Gestern war ja a Tag, sag ich dir, erst die Apothek, dann der Doktor.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Lied hab ich im August als allererstes gspielt?",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="Womit hab ich letzten Freitag aufghört, also des letzte Lied?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Bevor ich heut früh zum Bäcker bin, Weggla holen, was war da des letzte Stück?",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="Des könnt mer dann gleich rausschmeißen, welches Lied überspring ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hab ich dieses Jahr am öftesten weggedrückt?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Ich tipp ja auf die Franzosen, aber welchen Künstler überspring ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück ich am öftesten weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Die Gerda kann's scho nimmer hören, welches Lied hab ich zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Von welchem Lied komm ich grad ned los?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amal, wie war mei Woche so, musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Die jungen Leut ham des ja alle auf'm Handy, gib mir amal an Rückblick auf mei Jahr.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Da war ich mit der Gerda in Südtirol, aber wie war denn mein letzter Sommer, was's Hören angeht?",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Fass mir amal die letzten sieben Tage zamm, wie's so glaufen is mit'm Hören.",
        family="recap",
        period="last_7_days",
    ),
    Fresh(
        text="An Überblick über mei Hörerei bitte, so ganz allgemein.",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Früher, wie ich noch auf'm Bau war, da war ja um fünfe Schicht, aber hör ich etz eher morgens oder eher abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich mehr so a Nachmittagshörer oder a Nachthörer?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Seit ich in Rente bin, is eh jeder Tag a Sonntag, aber hör ich werktags mehr oder am Samstag und Sonntag?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is bei mir unter der Woche mehr los mit'm Zuhören oder am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel amal Queen in der Küche, aber fei ned so laut",
    "Mach die Musik a weng leiser, die Gerda telefoniert",
    "Was läuft denn da grad in der Küche?",
    "Was is des für a Lied, des grad läuft?",
    "Überspring des Lied, des mag i ned",
    "Halt den Podcast an, es hat klingelt",
    "Nächstes Lied im Wohnzimmer",
    "Mach des Licht in der Küche aus",
    "Spiel des Album Discovery, des vom Lukas",
    "Lauter! Noch a weng lauter, des is mei Lied",
    "Mach die Zufallswiedergabe an",
    "Wiederhol des Lied, des gfällt mir",
    "Stell an Wecker auf sechse",
    "Stell an Timer auf zwölf Minuten für die Klöß",
    "Wie wird's Wetter morgen in Nürnberg? Mir wollen auf'n Christkindlesmarkt",
    "Setz Lebkuchen und Bratwürscht auf die Einkaufsliste",
    "Dreh die Heizung im Wohnzimmer auf zweiundzwanzig Grad",
    "Was hör ich denn grad?",
    "Verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Spiel Bayern eins",
    "Mach die Musik aus, mir gehn etz",
    "Spiel was Ruhiges zum Einschlafen",
    "Wie spät is es eigentlich?",
    "Spiel die neueste Folge von The Daily",
    "Wer singt des grad?",
    "Lautstärke auf vier, bitte",
]
