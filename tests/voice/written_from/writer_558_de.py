"""Writer 558, eine 82-jährige Ostberlinerin, höflich aber resolut, unsicher mit dem Gerät, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag ma, wen hab ick denn diesen Monat am meisten jehört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war denn letztet Jahr mein Lieblingskünstler, wa?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welche Kapelle hör ick in letzter Zeit so dauernd, ick komm nich druff",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wat war denn mein Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn ma die drei Lieder, die ick dit Jahr am meisten jespielt hab",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Welchet Lied lief denn bei uns letzte Woche am häufigsten?",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Welche Platte hab ick denn zweitausendfünfundzwanzig am meisten laufen lassen",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="mein meistjehörtet Album im Sommer, welchet war det",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welchen Podcast hör ick denn am meisten? Ick hab ja nur den einen, gloob ick",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Na und welche Sendung, so'n Podcast, hab ick seit Oktober am meisten anjehabt",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="Wie lange lief denn heute die Musike bei mir?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie ville Stunden hab ick jestern Musik jehört",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie lange hamm wa im September insjesamt wat jehört, wir alle zusamm",
        family="listening_time",
        period="september",
        person="we",
    ),
    Fresh(
        text="sag ma, wie lange hab ick in den letzten dreißig Tagen den Podcast anjehabt",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie ville Lieder hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft lief denn überhaupt wat letzte Woche, allet zusammenjezählt?",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="Wie ville Folgen von dem Podcast hab ick diesen Monat jehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie ville verschiedene Sänger hab ick dit Jahr jehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Seit Montach, wie ville unterschiedliche Künstler warn det?",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie ville verschiedene Lieder hab ick denn letzten Monat jehört, nich immer dieselben",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="zähl ma, wie ville verschiedene Stücke ick überhaupt schon jehört hab, von Anfang an",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ick dit Jahr Bohemian Rhapsody jehört, von die Queen?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief denn Daft Punk in den letzten sieben Tagen",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ick denn Karat jehört, so insjesamt",
        family="play_count",
        period="all_time",
        name="Karat",
    ),
    Fresh(
        text="The Daily, det Nachrichtending, wie oft hab ick det im Oktober jehört?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="Hab ick jestern Queen jehört oder nich?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief bei mir im August ma wat von Justice",
        family="did_i",
        period="august",
        name="Justice",
    ),
    Fresh(
        text="Hab ick heute früh schon den Podcast jehört, den The Daily?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Dit Jahr ma die Puhdys jehört? Ick mein ja",
        family="did_i",
        period="this_year",
        name="Puhdys",
    ),
    Fresh(
        text="Wat hab ick denn jestern Abend so jehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief denn vorjestern bei mir in der Küche?",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="Am Sonnabend, wat hatt ick da allet an?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="heute Nachmittach, wat lief da für Musik",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Wat lief denn jestern so um acht abends?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute früh um halb neun, wat war det fürn Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorjestern abends um neune, wat hab ick da jehört",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Wat hör ick denn eigentlich für Musik, so vom Jeschmack her?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma meinen Musikjeschmack, ick bin jespannt wie 'n Flitzebogen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie ville Uhr hör ick denn meistens, und an welchem Tach?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann läuft bei mir jewöhnlich die Musik, welche Tageszeit is det meistens",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hab ick diesen Monat wen Neuet entdeckt, so 'n neuen Künstler?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="In den letzten drei Monaten, welche neuen Sänger sind da dazujekommen",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft drück ick denn weiter, also überspring die Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie ville hab ick letzte Woche übersprungen, im Verhältnis zu allem",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Hör ick immer wieder dieselben Lieder? Wie doll is det?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="dit Jahr, wie oft hör ick dieselben Stücke nochma, so in Prozent",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Wie ville Tage hintereinander hab ick jetzt Musik jehört, ohne Pause",
        family="streak",
    ),
    Fresh(
        text="Meine Serie, wie ville Tage am Stück sind det jetze?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ick denn Justice zum ersten Mal jehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann kenn ick eigentlich dieset Sexy Boy, wann lief det dit erste Mal",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Eres von dem Café Tacuba, wann kam det bei mir zum ersten Mal",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wann lief denn zuletzt Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Wann hab ick det letzte Mal Frank Schöbel jehört?",
        family="last_play",
        name="Frank Schöbel",
    ),
    Fresh(
        text="Don't Stop Me Now, wann hatt ick det zuletzt?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wat war det letzte Lied, wat ick jehört hab",
        family="last_song",
    ),
    Fresh(
        text="Wat war denn heute dit erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ick heute früh anjefangen, wat lief als Erstet",
        family="first_today",
    ),
    Fresh(
        text="Jestern, wat war da dit erste Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Dit erste Lied letzten Freitach, wat war det",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wat lief letzte Nacht als Letztet, bevor ick ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Am dritten November, wat war da dit letzte Lied",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Welchet Lied überspring ick am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler drück ick am meisten wech, den will ick wohl nich",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat hör ick denn in letzter Zeit immer wieder, welchet Lied is det",
        family="on_repeat",
    ),
    Fresh(
        text="Welchet Lied läuft bei mir zur Zeit rauf und runter?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl ma, wie war mein Oktober so?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jib ma 'ne Übersicht von meinem Jahr, aber nich so schnell",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war denn letzten Sommer so bei mir, im Großen und Janzen?",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Hör ick mehr morjens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ick am Wochenende mehr als in der Woche, oder is det ejal",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in der Küche",
    "Mach ma die Musik leiser, det is ja nich zum Aushalten",
    "Wat is det fürn Lied, wat jetzt läuft?",
    "Überspring det, det will ick nich hören",
    "Halt ma den Podcast an, et klingelt",
    "Mach dit Licht in der Küche aus",
    "Wie wird det Wetter morjen, brauch ick 'n Schirm?",
    "Stell ma 'n Timer auf zehn Minuten für die Eier",
    "Schreib Kaffee und Schrippen uff'n Einkaufszettel",
    "Nächstet Lied",
    "Lauter, ick hör ja nüscht",
    "Spiel dit Album Discovery",
    "Mach ma die Zufallswiedergabe an",
    "Dit Lied nochma, immer wieder, mach dit auf Wiederholung",
    "Dreh die Heizung uff zweiundzwanzig",
    "Wat hör ick denn jetze grade?",
    "Spiel ma Radio, den Berliner Rundfunk",
    "Mach allet aus, ick will meine Ruhe",
    "Die Lautsprecher in der Küche und in der Stube zusammen spielen lassen",
    "Weiter mit dem Podcast, wo ick aufjehört hab",
    "Wie spät is et?",
    "Spiel wat von Queen, aber nich so laut",
    "Wer singt'n det hier?",
    "Erinner mich um drei an meine Tabletten",
    "Zurück, dit vorherige Lied nochma",
]
