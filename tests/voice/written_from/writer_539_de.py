"""Writer 539, ein redseliger Wirt aus der Oberpfalz, der erst von seinen Gästen erzählt, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag amal, neulich am Stammtisch hat da Sepp gmoant, i hör eh bloß Queen, drum frag i di jetzt fei: wer war heuer mei meistgspielter Künstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="mei, da Schorsch vom Nachbarort wollt wissen, wen i in letzter Zeit rauf und runter hör, also wer is des gwen, gell",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="die drei Künstler, die i im Oktober am meisten ghört hab, zähl s' mir amal auf",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="a Gast hat mi neulich gfragt, was mei Lieblingslied is, und i hab nix gwusst, welches Lied hab i denn diesen Monat am öftesten gspielt?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mir fei amal meine fünf meistgspielten Lieder seit März, i mach a Liste für die Kirwa",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in da Küch, welches Lied is letzte Woch am meisten glaufen? mei Frau sagt, des war immer des gleiche",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="welches Album hab i im Sommer am meisten ghört, da war so viel los im Biergarten, i woaß nimmer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei Lieblingsalbum überhaupt, welches is denn des",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="da Franz, der alte Schallplattensammler, fragt mi ständig, welche Platte i letztes Jahr am meisten gspielt hab, sag's mir halt",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="welcher Podcast is denn bei mir so der Renner, gell, i hör ja immer was beim Gläserspülen",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="in den letzten dreißig Tag, welcher Podcast war da vorn?",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="mei Wirtin schimpft scho, dass in da Wirtschaft dauernd Musik lauft, wie lang lief denn diese Woch Musik?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie lang hab i gestern ghört, so insgesamt, a weng grob reicht fei",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="vorgestern war Ruhetag, da hab i den ganzen Tag was laufen lassen, wie viel Zeit war des denn?",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viele Stunden Podcasts hab i seit Oktober ghört, beim Holzmachen hör i ja nix anders",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="am Wochenende warn die ganzen Enkel da, wie lang hamma denn da Musik laufen ghabt bei uns?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder hab i heut früh gspielt, beim Semmelschmieren lauft ja immer was",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft is insgesamt was glaufen in den letzten sieben Tag",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Folgen hab i letzten Monat ghört, vom Podcast mein i",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab i heuer ghört, da Sepp wettet, es san keine zehn",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Interpreten warn's im September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hab i in den letzten drei Monaten gspielt, so rein interessehalber",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="verschiedene Stückl seit Montag, wie viele san des?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="da Sepp sagt, i spiel Bohemian Rhapsody öfter als er Bier bestellt, wie oft hab i des Lied heuer gspielt?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Daft Punk hab i diesen Monat ghört, gell, des is ja fast a Krankheit",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab i eigentlich die Spider Murphy Gang gspielt, insgesamt, die Stammgäst wollen immer Skandal im Sperrbezirk",
        family="play_count",
        period="all_time",
        name="Spider Murphy Gang",
    ),
    Fresh(
        text="hab i gestern Abend Justice ghört? mei Enkel hat gsagt, do hat's so gscheppert",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Café Tacvba, letzten Sommer, hab i da überhaupt was von denen ghört?",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="hab i Haindling in letzter Zeit mal gspielt, da Wastl schwört drauf",
        family="did_i",
        period="lately",
        name="Haindling",
    ),
    Fresh(
        text="is heut früh The Daily glaufen oder hab i des verschlafen?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="was hab i denn gestern so ghört, erzähl amal",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="am dritten November, da war die Hochzeit vom Xaver, was hab i denn da für Musik ghabt?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="was is bei uns letzte Woch so glaufen, i und d'Wirtin hamma ja beide was angmacht",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="was hab i heut Nachmittag ghört, i war a weng weggedöst auf da Eckbank",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="gestern auf d'Nacht um dreiviertel acht, wie da Sepp reinkommen is, was is da grad glaufen?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heut früh um viertel neine, was hat da gspielt?",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="was lief denn heut Nachmittag so um zehn nach fünfe, des war fei a gscheits Lied",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="was für a Musik mag i eigentlich, a Gast hat mi gfragt und i hab bloß gstottert",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mir amal meinen Geschmack, gell, so wie's du siehst",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhrzeit hör i meistens was, und an welchem Tag, des möcht i fei amal wissen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann lauft bei mir normalerweise am meisten, so tageszeitmäßig?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab i diesen Monat neue Künstler entdeckt? die Jungen am Tresen schmeißen mir ja dauernd was hin",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab i zwoatausendfünfazwanzg zum ersten Mal ghört?",
        family="new_artists",
        period="in_2025",
    ),
    Fresh(
        text="wie oft überspring i eigentlich was, mei Frau sagt, i hab koa Geduld",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab i im August weitergschaltet, so prozentual",
        family="skips",
        period="august",
    ),
    Fresh(
        text="hör i oft des Gleiche immer wieder, wie hoch is denn da mei Wiederholungsquote?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tag am Stück hab i jetzt scho was ghört?",
        family="streak",
    ),
    Fresh(
        text="mei Serie, wie lang geht die jetzt scho, Tag für Tag?",
        family="streak",
    ),
    Fresh(
        text="wann hab i Air des erste Mal ghört, des hat mir a Französin empfohlen, die bei uns übernachtet hat",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="seit wann is One More Time von Daft Punk bei mir drin, also wann zum ersten Mal?",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wann hab i des letzte Mal Don't Stop Me Now gspielt, des war immer unser Sperrstundenlied",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Cross, des Album von Justice, wann lief des zuletzt?",
        family="last_play",
        name="Cross",
    ),
    Fresh(
        text="was war des letzte Lied, des i gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="womit bin i heut aufgwacht, also welches Lied kam als erstes heut?",
        family="first_today",
    ),
    Fresh(
        text="was war am Samstag des erste Lied, bevor die Kartler kommen san?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit welchem Lied hab i letzten Freitag aufghört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="des letzte Lied gestern, bevor i zugsperrt hab, was war des?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welches Lied überspring i am allermeisten, des möcht i fei wissen",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler schalt i am öftesten weiter, gell?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hab i grad in Dauerschleife, da Sepp kann's scho nimmer hören",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mei Oktober so, musikmäßig und überhaupt",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mei Jahr im Rückblick, mach amal, wie bei de Jungen auf'm Handy",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir amal an Überblick über mei Hörerei, so a weng zusammengfasst",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör i mehr in da Früh oder am Abend, mei Frau meint, i bin a Nachteule",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenende mehr als unter da Woch, wo doch am Samstag immer die Wirtschaft voll is?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel amal Daft Punk in da Küch",
    "mach d'Musik a weng lauter, die Kartler san so laut",
    "was lauft grad in da Küch?",
    "was is des für a Lied, des gfallt mir fei",
    "überspring des Lied, des mag i ned",
    "halt den Podcast an, 's Telefon läut",
    "nächstes Lied, gell",
    "mach 's Licht in da Küch aus",
    "spiel des Album Discovery",
    "Lautstärke auf vier",
    "Zufallswiedergabe an",
    "des Lied in Dauerschleife, bitte",
    "verbind den Küchenlautsprecher mit dem in da Stubn",
    "stell an Wecker auf fünfe, da Bierfahrer kommt",
    "Timer auf zwanzg Minuten für den Schweinsbraten",
    "wie wird's Wetter morgen, gibt's Schnee?",
    "schreib Semmelbrösel und Meerrettich auf d'Einkaufsliste",
    "dreh d'Heizung a weng auf, mei is des kalt",
    "was hör i grad?",
    "spiel The Daily",
    "mach d'Musik aus, Sperrstund is",
    "leiser, gell, die Gäst wollen schlafen",
    "spiel Bohemian Rhapsody von vorn",
    "schalt den Lautsprecher in da Küch stumm",
]
