"""Writer 529, eine redselige Schwäbin aus Stuttgart (schwäbische Färbung, 'gell', 'halt', 'ha noi'), die gern ausholt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Also, i hab grad die Kehrwoche gmacht, des ganze Treppenhaus, gell. Sag mal, wer war denn letzte Woche mein meistgehörter Künstler?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Ha noi, jetzt sag mir halt mal, wer isch denn mein Künstler des Jahres, i tät ja auf die Franzosen tippe.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Mei Schwägerin sagt immer, i hör bloß noch den einen. Wer hat's mir denn in letzter Zeit so arg angetan?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="I steh do in der Küche und schab Spätzle, und da fällt mir ei: was isch eigentlich mein Lied des Monats?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Jetzt sag mir amol meine drei meistgespielten Lieder, überhaupt, seit's des Ding gibt.",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Im Sommer war's ja so heiß, gell, do hab i immer des gleiche laufe lasse. Welches Lied hab i denn im Sommer am meischte ghört?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Früher hat mer ja noch Platte ghabt, ganze Alben, des war halt was. Welches Album hab i dieses Jahr am meischte ghört?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Sag mal, was isch denn eigentlich mei Lieblingsalbum, so insgesamt?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Beim Bügle hör i ja immer so Sendunge, des weisch ja. Welcher Podcast isch denn grad mein Favorit?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Welchen Podcast hab i denn im Oktober am meischte ghört, sag amol?",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="Ha, heut isch mer scho wieder der Bus vor der Nas weggfahre. Wie lang lief denn heut bei mir Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Mei Mann moint, mir hättet letzte Woch den ganze Tag Gedudel ghabt. Wie viele Stunde hend mir denn letzte Woche ghört?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie lang hab i denn gestern in der Küche zugehört, so ungefähr? I hab ja nebenher Maultasche gmacht.",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="Und wie viel Zeit hab i denn dieses Jahr mit Podcasts verbrocht? Bloß so interessehalber, gell.",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="I war heut früh scho um sechse auf, wie immer. Wie viele Lieder hab i denn heut Morgen laufe lasse?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Folge hab i denn in de letzte dreißig Tag ghört? Von dene Podcasts, mein i.",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Letztes Jahr, wie oft hab i do überhaupt was abgspielt, insgesamt?",
        family="plays",
        period="last_year",
    ),
    # artists_count
    Fresh(
        text="Mei Enkel sagt, i sei musikalisch recht einseitig, der Lausbub. Wie viele verschiedene Künstler hab i denn dieses Jahr ghört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Bands waret's denn in de letzte drei Monat? Jetzt bin i gspannt.",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Also wie viele unterschiedliche Lieder hab i denn die Woch scho ghört, seit Montag halt?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Sag amol, wie viele verschiedene Stückle hend mir im Oktober ghört?",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="Des Bohemian Rhapsody, des krieg i nimmer aus'm Kopf, gell. Wie oft hab i des diesen Monat ghört?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Daft Punk hab i denn so seit März ghört? Mei Tochter hat mir die mal gezeigt.",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="Und wie oft lief Roland Kaiser bei mir dieses Jahr? Den mag i halt arg.",
        family="play_count",
        period="this_year",
        name="Roland Kaiser",
    ),
    # did_i
    Fresh(
        text="Ha noi, hab i gestern eigentlich Queen ghört oder bild i mir des bloß ei?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I war am Wochenende beim Besen in Uhlbach, aber vorher, hab i do Air ghört, am Wochenende?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Sag amol, lief bei mir heut früh The Daily? I war no so verschlafe.",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab i jemals Helene Fischer ghört? Mei Nachbarin behauptet des nämlich.",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    # what_played
    Fresh(
        text="Erzähl mal, was hab i denn gestern Abend so ghört? I war nämlich so müd, i weiß nix mehr.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief denn vorgestern bei uns so? Mei Mann hat wieder gmault.",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="Am dritte November, do war doch der Arzttermin, was hab i an dem Tag für Musik ghört?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Gestern Abend um dreiviertel acht, do lief so a schönes Lied, grad wo i d'Kartoffel abgossen hab. Was war des?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief denn gestern so um viertel neun? Da hat grad mei Schwester angerufe.",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heut früh um halb neun, was hab i do ghört? I hab grad de Kaffee neigschüttet.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="Jetzt sag mir halt amol ehrlich, was für Musik mag i eigentlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mei Freundin Hildegard fragt immer, was i für an Gschmack hab bei der Musik. Wie tätsch du des beschreibe?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör i denn meistens Musik? I moin, so tagsüber, wann isch des am meischte?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Wochentag hör i denn am meischte, gell, des tät mi jetzt scho interessiere.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab i in letzter Zeit eigentlich au mal was Neues entdeckt, oder immer bloß des Alte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche neue Künstler sind denn seit Oktober dazukomme bei mir?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="I bin ja a ungeduldige Person, des sagt jeder. Wie oft überspring i denn Lieder?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Lieder hab i denn diese Woche weggedrückt, so übersprunge mein i?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Mei Mann sagt, bei mir laufet immer die gleiche Lieder, immer und immer wieder. Wie oft hör i denn dasselbe nochmal?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab i denn die letzte zwei Woche wiederholt, so die gleiche Stückle?",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Wie viele Täg hintereinander hab i jetzt scho Musik ghört? Keinen einzige Tag ausgelasse, wett i.",
        family="streak",
    ),
    Fresh(
        text="Sag mal, wie lang geht mei Serie jetzt scho, Tag für Tag ghört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i denn Justice zum erste Mal ghört? Des isch doch scho a Weile her, gell.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Des Lied Eres von dene Mexikaner, Café Tacvba, wann isch des denn des erste Mal bei mir glaufe?",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="Wann hab i denn zuletzt Don't Stop Me Now ghört? Des isch so a Gute-Laune-Lied.",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Ha, und wann lief des letzte Mal Daft Punk bei mir?",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="Was war denn jetzt grad des letzte Lied, wo i ghört hab? I hab's vergesse, so a Gedächtnis hab i.",
        family="last_song",
    ),
    Fresh(
        text="Des letzte Stückle, wo lief, wie hat des nomal ghoiße?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Womit bin i denn heut in de Tag gstartet, musikalisch mein i?",
        family="first_today",
    ),
    Fresh(
        text="Was war heut des allererste Lied, wo i laufe lasse hab?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war denn des erste Lied gestern? I war so früh auf wege dem Handwerker.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am Samstag, mit was hab i do agfange, weisch du des no?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Letzte Nacht, was war denn do des letzte Lied, bevor i ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Und letzten Freitag, womit hab i do aufghört?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück i denn am meischte weg? Des möcht i jetzt wisse.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Stück hab i denn im September am häufigste übersprunge?",
        family="most_skipped",
        period="september",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring i denn am meischte? Bestimmt die mit dem Krach.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen hab i denn letztes Jahr am öfteste weggedrückt, so vom Künstler her?",
        family="most_skipped_artist",
        period="last_year",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör i denn grad in Dauerschleife? I summ's die ganze Zeit beim Putze.",
        family="on_repeat",
    ),
    Fresh(
        text="Was läuft denn bei mir grad rauf und runter, gell, so im Moment?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Oktober, so musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir halt mal an Überblick über mei Musik, so a Zusammenfassung.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war denn mei Jahr so, musikalisch, jetzt wo's bald Weihnachte isch?",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i eigentlich mehr am Morge oder am Abend? I tät sage morgens, beim Kaffee.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin i eher so a Nachmittags- oder a Abendhörerin, was moinsch?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenende mehr Musik als unter der Woche? Am Sonntag isch ja immer erscht Kirch und dann Brote.",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder am Wochenende, wann lauft bei mir mehr, seit März?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Spiel mir mal Daft Punk in der Küche, gell, aber net so laut.",
    "Mach die Musik lauter, i hör nix beim Spätzleschabe.",
    "Ha noi, des isch viel z'laut, mach halt leiser!",
    "Was isch des für a Lied, wo grad läuft?",
    "Überspring des Lied, des kann i net höre.",
    "Halt mal den Podcast an, es hat gschellt.",
    "Nächstes Lied in der Küche, bitte.",
    "Mach des Licht in der Küche aus, i geh ins Bett.",
    "Spiel des Album Discovery ab, von vorne.",
    "Stell mir an Timer auf zwanzig Minute für d'Maultasche.",
    "Wie wird denn morge des Wetter in Stuttgart, brauch i an Schirm?",
    "Schreib Zwiebel und Eier auf d'Einkaufslist.",
    "Stell d'Heizung auf einundzwanzig Grad, mi friert's.",
    "Was hör i denn grad jetzt? I bin eben erst reikomme.",
    "Mach mal Zufallswiedergabe a.",
    "Wiederhol des Lied, des isch so schö.",
    "Verbind den Lautsprecher in der Küche mit dem im Wohnzimmer.",
    "Lautstärke auf fünf in der Küche, bitte.",
    "Spiel The Daily weiter, wo i aufghört hab.",
    "Spiel mal was von Queen, zum Putze.",
    "Mach die Musik aus, jetzt isch Mittagsruh.",
    "Wie spät isch's eigentlich?",
    "Spiel a bissle Air in der Küche, was Ruhigs.",
]
