"""Writer 207, älterer Akademiker (Tiroler Dialekt, lange Sätze, Einschübe, Selbstkorrekturen), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag amol, wer isch denn heuer mei meistg'hörter Künstler gwesn? Rein aus wissenschaftlichem Interesse, versteht sich.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hon i im Oktober am meisten g'hört – also den ganzen Oktober, nit lei die letzten paar Tag?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Die drei Künstler, die seit März in der Kuchl am öftesten g'laufen sein – in der richtigen Reihenfolge, bitte.",
        family="top_artists",
        period="since_march",
        count=3,
        room="kitchen",
    ),
    Fresh(
        text="Wer war denn letztes Jahr bei uns der Künstler des Jahres – für den ganzen Haushalt, mein i, nit lei für mi?",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="Wer war im vorigen Summa mei Lieblingskünstler, also zwanzigfünfundzwanzig im Summa?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="Wos isch denn mei Lieblingsliad in dem Monat, im November also?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Nenn mir meine fünf meistg'spielten Lieder überhaupt, seit's die Aufzeichnung gibt.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welches Liad hon i im Summa am meisten g'hört – heuer im Summa, mein i, nit den vom Vorjahr.",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Wos isch in den letzten dreißig Tag am meisten g'laufen, lei die Lieder, bitte?",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="Welches Album – i sag ja immer noch Platte, aber bitte – hon i heuer am öftesten aufg'legt?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum der letzten drei Monat, wos war des?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Welche zwei Alben sein im September am meisten g'laufen?",
        family="top_albums",
        period="september",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast hat's mir denn in letzter Zeit so angetan?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wos war zwanzigfünfundzwanzig mei meistg'hörter Podcast? Viel Auswahl wird's eh nit geben.",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wia lang isch gestern Musi g'laufen? Ungefähr in Stunden, i brauch ka Kommastelle.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hon i seit Oktober insgesamt g'hört – Musi und Podcast zusammen, des isch mir gleich?",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="Wia lang hon i heint in der Fruah Musi g'hört, vom Frühstück weg ungefähr?",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel Zeit haben wir letzte Wochn in der Kuchl mit Zuhören verbracht?",
        family="listening_time",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Wia viel Minuten Podcast warn's denn die letzten sieben Tag? I fürcht mi fast vor der Antwort.",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="Wia lang hat die Ada gestern zug'hört? Des bin i, nebenbei g'sagt.",
        family="listening_time",
        period="yesterday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hon i heint schon g'spielt – bis jetzt, mein i, der Tag isch ja noch nit aus?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Kurze Frage: wie viele Stückln sein am Samstag in der Kuchl g'laufen, insgesamt?",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Folgen hon i letzten Monat g'hört?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Seit Montag – wie viele Lieder warn des insgesamt, grob g'schätzt?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hon i heuer g'hört? Jeden lei oamol zählen, gell.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Interpreten warn's im August?",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Liadln hon i in dem Monat g'hört – nit wie oft, sondern wie viele unterschiedliche?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder haben wir am Wochenende g'hört, also am vergangenen?",
        family="songs_count",
        period="last_weekend",
        person="we",
    ),
    # play_count
    Fresh(
        text="Wie oft hon i heuer die Bohemian Rhapsody g'hört? Der Freddie Mercury, ea war schon a Genie – aber wie oft?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen – wie oft isch die diese Wochn in der Kuchl g'laufen?",
        family="play_count",
        period="this_week",
        name="Queen",
        room="kitchen",
    ),
    Fresh(
        text="Wie oft hon i im Oktober The Daily g'hört?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="Den Hubert von Goisern, wie oft hon i den überhaupt g'spielt?",
        family="play_count",
        period="all_time",
        name="Hubert von Goisern",
    ),
    Fresh(
        text="Wie oft isch Sexy Boy die letzten zwoa Wochn g'laufen?",
        family="play_count",
        period="last_2_weeks",
        name="Sexy Boy",
    ),
    # did_i
    Fresh(
        text="Hon i gestern auf d'Nacht Justice g'hört? I moan schon, aber mei Gedächtnis, gell.",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Cafe Tacuba – isch des heuer überhaupt amol g'laufen?",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="Hon i letzten Freitag Da Funk von Daft Punk g'hört?",
        family="did_i",
        period="last_friday",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="Hon i in letzter Zeit die Kastelruther Spatzen g'hört? Wohl kaum, aber i frag halt.",
        family="did_i",
        period="lately",
        name="Kastelruther Spatzen",
    ),
    Fresh(
        text="Hat die Ada heuer Daft Punk g'hört, überhaupt amol?",
        family="did_i",
        period="this_year",
        name="Daft Punk",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="Wos hon i gestern auf d'Nacht g'hört? Es isch mir glatt entfallen.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, wos isch am dritten November g'laufen – des war a Dienstag, wenn i mi nit irr.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wos für Musi hon i heint Nachmittag g'hört?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Letzte Nacht, wos hon i da g'hört?",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Wos isch gestern um dreiviertel acht g'laufen – na, halt, genau genommen wird's eher zehn vor acht gwesn sein.",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="Wos hat heint um halb neun in der Fruah g'spielt?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos isch heint Nachmittag um fünf nach fünf g'laufen, wie i vom Garten eina kommen bin?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Gestern auf d'Nacht um viertel neun, wos war denn des für a Liad?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    # taste
    Fresh(
        text="Wia tät'sch du mein Musikgeschmack beschreiben, in a, zwoa Sätz? Ehrlich, bitte – i hon genug Gutachten überlebt.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wos für Musi mag i eigentlich, wenn ma's nüchtern betrachtet?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör i am meisten – und an welchem Wochentag, wenn ma schon dabei sein?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör i für gewöhnlich Musi? I tät sagen, in der Fruah beim Kaffee.",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hon i in letzter Zeit wen Neuen entdeckt, oder bin i so stur, wie meine Kollegen behaupten?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hon i heuer zum ersten Mal g'hört?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i eigentlich wos? Man sagt mir nach, i hätt da a Unart.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch war im Oktober mei Skip-Quote – also wie viel hon i vorzeitig weitergedrückt?",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="Wie oft hör i die gleichen Lieder immer wieder? Vermutlich recht oft, woll.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie schaut's heuer mit meiner Wiederholungsrate aus – dreh i mi im Kreis?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tag hintereinander hon i jetzt schon wos g'hört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang isch mei Serie grad – also Tage am Stück mit Zuhören, ohne Unterbrechung?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hon i Justice zum ersten Mal g'hört? I glaub, da war mei Neffe schuld.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann isch Don't Stop Me Now von Queen des erste Mal bei mir g'laufen?",
        family="first_play",
        name="Don't Stop Me Now by Queen",
    ),
    # last_play
    Fresh(
        text="Wann hon i The Daily zuletzt g'hört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Digital Love – wann war des zuletzt dran? A schönes Stückl, trotz der Roboter.",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann hon i zum letzten Mal die Seiler und Speer g'hört, falls überhaupt?",
        family="last_play",
        name="Seiler und Speer",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liad, des i g'spielt hon?",
        family="last_song",
    ),
    Fresh(
        text="Sag mal, wos hon i zuletzt g'hört, des allerletzte Stückl?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wos bin i heint aufg'wacht? Des erste Liad, mein i.",
        family="first_today",
    ),
    Fresh(
        text="Wos war heint des erste Liad?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Gestern – mit welchem Liad hon i den Tag ang'fangen?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Wos war des erste Liad am Samstag bei uns?",
        family="first_in",
        period="saturday",
        person="we",
    ),
    # last_in
    Fresh(
        text="Mit wos hon i letzten Freitag aufg'hört, des letzte Liad?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Wos war vorgestern des letzte Liad – am Mittwoch also?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad überspring i am öftesten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Gibt's a Liad, des i heuer praktisch nie fertig g'hört hon, weil i's immer wegdruck?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring i am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Interpreten druck i seit Oktober am häufigsten weiter?",
        family="most_skipped_artist",
        period="since_october",
    ),
    # on_repeat
    Fresh(
        text="Wos hon i grad in Dauerschleife? Mei Nachbarin sagt, sie hört's durch die Wand.",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Liad kann i derzeit in der Kuchl nit lassen?",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mei Musi-Jahr?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mir an Überblick über mei Hören, bitte.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war denn mei Oktober, musikalisch g'sehen?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="A kurzer Rückblick auf mei Wochn, wenn's recht isch.",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Fruah oder auf d'Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hon i in dem Monat mehr vormittags oder nachmittags Musi g'hört?",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Unter der Wochn oder am Wochenend – wann hör i mehr, so im Großen und Ganzen?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Letzten Monat, hon i da werktags mehr g'hört oder am Wochenend?",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "Spiel in der Kuchl a bissl Daft Punk, sei so gut.",
    "Mach die Musi leiser, i telefonier grad mit meiner Schwester.",
    "Wos isch des für a Liad, des grad lauft?",
    "Wer singt des, wos da grad lauft?",
    "Überspring des Liad, des halt i nit aus.",
    "Halt den Podcast an, es läutet an der Tür.",
    "Nächstes Liad im Wohnzimmer, bitte.",
    "Schalt's Licht in der Kuchl aus.",
    "Leg des Album Discovery auf, von vorn bis hinten.",
    "Lauter, bitte – a bissl lauter, ea singt so leise.",
    "Stell an Timer auf zwölf Minuten, für die Knödel.",
    "Wia wird's Wetter morgen in Innsbruck? I möcht auf die Hungerburg auffi.",
    "Setz Speck und Schüttelbrot auf die Einkaufsliste.",
    "Dreh die Heizung auf einundzwanzig Grad.",
    "Spiel des Album Cross in zufälliger Reihenfolge.",
    "Schalt die Wiederholung ein für des Liad.",
    "Schalt die Wiederholung wieder aus, des reicht jetzt.",
    "Verbind den Lautsprecher in der Kuchl mit dem im Wohnzimmer.",
    "Wos hör i denn grad jetzt?",
    "Spiel die neueste Folge von The Daily in der Kuchl.",
    "Stopp die Musi, lei für an Moment.",
    "Weck mi morgen um halb sieben.",
    "Mach die Lautstärke auf vier.",
    "Spiel a bissl Volksmusi, irgendwos Tirolerisches.",
    "Spiel Bohemian Rhapsody auf allen Lautsprechern.",
    "Wie spät isch's?",
    "Erinner mi um vier, dass i die Gerda anruf.",
    "Geh zurück zum vorigen Liad, i hab den Anfang verpasst.",
    "Wie lang dauert die Folge noch?",
    "Dimm des Licht im Wohnzimmer auf dreißig Prozent.",
    "Spiel Radio Tirol in der Küche.",
    "Mach die Musi in der Kuchl aus, i brauch Ruhe zum Korrigieren.",
]
