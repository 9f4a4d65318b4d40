"""Writer 549, eine redselige Wiener Kaffeehausbesitzerin Anfang sechzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Geh Kastl, der Herr Hofrat hat heut scho wieder sein Einspänner zruckgschickt, zu kalt sagt er, na bitte. Wen hab i denn de Wochn am meisten ghört?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Die Frau Pospischil hat ma erzählt, ihr Neffe singt jetzt in so ana Band, stell da vor. Heast, wer war denn heuer mei Künstler des Jahres?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Die Mitzi vom Beisl nebenan sagt, bei mir in der Küchn rennt eh immer des Gleiche. In der Küchn, sag amal, wer wird da am öftesten gspielt?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Der Ferdl, unser Zahlkellner, pfeift an ganzen Tag so a Liadl vor sich hin. Kastl, was war denn mei Lieblingslied im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Drei Lieder, geh sag ma schnell die drei, die i im letzten Monat am meisten gspielt hab, die Frau Doktor Wallner wart eh auf ihr Gulasch",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Na des is a Gschicht, der Stammtisch streitet scho wieder über die Austria. Was war mei meistgspieltes Lied letzte Wochn?",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="Die Frau Hofrat hat no Schallplatten daham, an ganzen Kasten voll. Kastl, welches Album hab i voriges Jahr am meisten ghört?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Geh, mei Lieblingsalbum, welches is des eigentlich? Der Poldi behauptet, i hab gar kans, der Gscheiterl",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Der junge Herr aus dem dritten Stock hört immer so Podcasts bei seiner Melange, mit de Stöpsel in de Ohrn. Und i? Welcher Podcast is in letzter Zeit mei Favorit?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Heast Kastl, welchen Podcast hab i denn überhaupt am meisten ghört, so insgesamt?",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Die Gerti is heut wieder zwa Stund bei am Verlängerten gsessen, zwa Stund! Wie lang hab i heut Musik laufen ghabt?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab i in de letzten sieben Tag ghört? Die Frau Berger sagt, i hock eh nur beim Radio und arbeit nix",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Sag amal Kastl, der Willi vom Stammtisch wü des unbedingt wissen: wie lang is bei uns letzte Wochn Musik grennt?",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Na servas, war des a Trubel heut Nachmittag im Lokal, a Reisebus voller Deutscher. Wie viele Lieder hab i heut am Nachmittag gspielt?",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Die Frau Novak zählt jeden Schilling, i mein jeden Euro, beim Zahlen. Wie oft hab i insgesamt was gspielt im August?",
        family="plays",
        period="august",
    ),
    Fresh(
        text="Heast, wie viele Podcastfolgen hab i seit Montag ghört? Der Herr Magister fragt, ob i jetzt a so a Gscheite bin",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Der Herr Magister sagt, i bin musikalisch a bissl eingschränkt, so a Frechheit. Wie viele verschiedene Künstler hab i heuer ghört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Interpreten warn's denn bei uns im Oktober, geh sag, die Resi wett mit mir um a Sachertortn",
        family="artists_count",
        period="october",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Die Resi kennt angeblich jedes Lied aus der Hitparade, jaja. Wie viele verschiedene Lieder hab i in de letzten dreißig Tag ghört?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Letzten Sommer, wie der Schanigarten offen war, Kastl, wie viele unterschiedliche Liadln warn des?",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="Der Herr Hofrat mag ka Queen, zu laut, sagt er, dabei hört er eh nix mehr. Wie oft hab i heuer die Bohemian Rhapsody gspielt?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Die Frau Pospischil hat gfragt, ob des bei mir jetzt a Disco is. Wie oft is denn diesen Monat Daft Punk glaufen?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Der Ferdl schwört ja auf an Falco, der Falco is a Gott sagt er. Wie oft hab i den Falco eigentlich gspielt?",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    # did_i
    Fresh(
        text="Die Gerti hat gmeint, gestern war da so a französisches Gedudel in der Küchn. Geh, hab i gestern Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Die Frau Doktor wollt wissen, ob i heut in der Früh The Daily ghabt hab, weil sie des a hört. Na, hab i?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Heast, am Wochenende, wie die Hochzeit im Extrazimmer war, war da irgendwas von Air dabei?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Der Poldi glaubt ma's ned, dass i Austropop hör. Hab i jemals an Wolfgang Ambros ghört, Kastl?",
        family="did_i",
        period="all_time",
        name="Wolfgang Ambros",
    ),
    # what_played
    Fresh(
        text="Die Mitzi is gestern no dagsessen bis zum Zusperren und hat tratscht ohne Punkt und Beistrich. Was is denn gestern am Abend so glaufen?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was hab i vorgestern so ghört? I waß es nimmer, so a Wirbel war, die Lieferung vom Bäcker is ned kommen und i hab selber Kipferl gmacht",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Erzähl ma, was hab i am letzten Freitag ghört? Da war ja der Willi sei Geburtstag am Stammtisch, a Gaudi war des",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="Gestern um Viertel vor acht, wie die Frau Hofrat endlich gangen is, was is da grad gspielt worden?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Der Bäcker war heut früh um halb neun da und hat gsagt, des Liadl is leiwand. Was is um halb neun glaufen, Kastl?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Dienstag z Mittag, so um zwölfe, was war da in der Küchn? Da hat der Ferdl so glacht über a Liad",
        family="playing_at",
        moment="2026-11-17 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Der Herr Magister sagt, i hab an altmodischen Geschmack. Stimmt des leicht? Was für a Musik hör i eigentlich so?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Geh beschreib ma amal mein Musikgeschmack, Kastl, die Resi lacht mi immer aus deswegen",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Die Stammgäst fragen immer, warum's bei mir so laut is. Um welche Uhrzeit hör i denn meistens Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Wochentag hör i am meisten? Die Frau Novak behauptet, am Sonntag rennt bei mir nie was",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Der neue Kellner, der Kevin, spielt ma dauernd so neiche Sachen vor, i versteh kan Text. Hab i in letzter Zeit wen Neuchen entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab i in de letzten drei Monat zum ersten Mal ghört, Kastl? Die Gerti sagt, i bin stehnblieben",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Die Gerti drückt beim Fernschaun immer weiter, weiter, weiter, a Wahnsinn. Und i, wie oft überspring i Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab i im letzten Monat weggedrückt, so prozentuell mein i, von allem was glaufen is?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Der Poldi erzählt seit zwanzig Jahr den gleichen Witz. Bin i a so, hör i immer de gleichen Lieder nochamal?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Seit Oktober, wie oft spiel i dasselbe Liad wieder und wieder, so im Schnitt?",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Die Frau Berger kommt seit dreißig Jahr jeden Tag auf ihr Achtel. Wie viele Tag hintereinander hab i jetzt scho was ghört?",
        family="streak",
    ),
    Fresh(
        text="Heast Kastl, wie lang is mei Serie grad, also Tage am Stück, wo was glaufen is?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Der Enkel von der Frau Hofrat hat ma damals Justice empfohlen, a liaba Bua. Wann hab i de des erste Mal ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann hör i eigentlich The Daily, wann war des allererste Mal? Die Frau Doktor glaubt, sie hat mi draufbracht",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Die Resi hat gestern Don't Stop Me Now mitgsungen, so falsch, die Gäst san davonglaufen. Wann hab i des zum letzten Mal gspielt?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Die Frau Ramírez vom zweiten Stock hat ma den Café Tacvba empfohlen. Wann hab i den zuletzt ghört?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Die Mitzi hat mi grad so abglenkt mit ihrem Tratsch über den Hausmeister. Was war des letzte Liad, des i gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Geh, was is als Letztes glaufen, Kastl? I hab's ned mitkriagt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Der Ferdl hat scho um sechse aufgsperrt und i war no so verschlafen. Was hab i heut als erstes Lied ghört?",
        family="first_today",
    ),
    Fresh(
        text="Womit bin i heut aufgwacht, musikalisch mein i, ned die Kaffeemaschin?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Die Frau Doktor is gestern in der Früh scho vor der Tür gstanden. Was war des erste Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritten November, des war der Tag mit dem Wasserrohrbruch, welches Lied hab i da als erstes gspielt?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Letzte Nacht war i so müd, i waß nimmer wann i ins Bett bin. Welches Liad war des letzte letzte Nacht?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Am Samstag, wie i zugsperrt hab, was war da des letzte Lied? Der Willi wollt's unbedingt wissen",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Die Gerti sagt, i hab a Liad, des i ned leiden kann und trotzdem drin lass. Welches Lied drück i am öftesten weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Liadl überspring i denn am meisten, heast?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Der Willi sagt, des is sicher der Queen, aber der Willi is a Depperter. Welchen Künstler überspring i am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen drück i am häufigsten weg, welche Band, Kastl?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Die Mitzi kann's scho nimmer hören, sagt sie. Welches Lied hab i grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Geh, was rennt bei mir grad rauf und runter, des Liad, des i ned loslassen kann?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Im Oktober war im Lokal a Wahnsinn, die Gerti hat geheiratet, zum dritten Mal. Erzähl ma, wie war mei Oktober musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib ma an Rückblick auf mei Jahr, so wie's die Jungen am Handy ham, der Kevin hat ma des zeigt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma amal zam, wie's mit meiner Musik so ausschaut, i kumm ja zu nix vor lauter Gäst",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Die Frau Berger sagt, in der Früh is Musik a Sünd. Bin i beim Musikhören mehr a Morgenmensch oder a Abendmensch?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hör i mehr am Nachmittag oder in der Nacht? Der Poldi sagt, i bin a Nachteule",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Am Sonntag hamma ja zu, da hab i a Ruah. Hör i am Wochenende mehr als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Heast, lauft bei mir unter der Woche mehr Musik oder am Wochenend?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Geh Kastl, spiel a bissl Daft Punk in der Küchn, die Frau Hofrat kommt glei und i brauch a Stimmung",
    "Heast, mach die Musik lauter, die Kaffeemaschin is so laut",
    "Was is des für a Lied, Kastl? Der Ferdl summt's a scho",
    "Überspring des Liad, des erinnert mi an mein Exmann",
    "Stopp den Podcast, es läut wer, sicher die Mitzi",
    "Was lauft grad in der Küchn?",
    "Nächstes Lied im Wohnzimmer, bitte",
    "Mach des Licht in der Küchn aus, i bin fertig für heut",
    "Spiel des Album Discovery, aber laut",
    "Lautstärke auf fünf, Kastl",
    "Geh, mach Zufallswiedergabe an",
    "Wiederhol des Liad, des is leiwand",
    "Verbind den Lautsprecher in der Küchn mit dem im Wohnzimmer",
    "Stell an Wecker auf halb sechse, morgen kommt die Lieferung",
    "Stell ma an Timer auf zehn Minuten, der Strudel is im Rohr",
    "Wie wird's Wetter morgen, der Schanigarten is no offen",
    "Schreib Schlagobers und Kaffeebohnen auf die Einkaufsliste",
    "Dreh die Heizung auf zweiundzwanzig Grad, die Frau Berger friert",
    "Was hör i grad jetzt?",
    "Wer singt des?",
    "Spiel The Daily, Kastl",
    "Leiser, i telefonier grad mit der Resi",
    "Spiel Queen in der Küchn",
    "Heast, schalt die Musik aus, mir reicht's für heut",
    "Spiel die nächste Folg von The Daily",
]
