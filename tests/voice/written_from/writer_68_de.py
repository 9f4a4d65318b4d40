"""Writer 68, a chatty retired teacher from Stuttgart with Swabian touches ('gell', 'halt', 'fei', 'des'), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Mei Enkele, der Luca, hat mich gfragt, wen ich eigentlich am meisten hör, und ich hab's fei net gwusst. Wer isch denn mein Künstler des Jahres?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Sag mal, wer war denn letzte Woche mein meistgespielter Künstler, gell?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Ich glaub, ich hab mich da wieder in was neigsteigert, des kenn ich von mir. Von wem bin ich denn in letzter Zeit so besessen?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Für die Landfrauen schreib ich des auf, also nenn mir halt mal meine fünf liebsten Bands aus zweitausendfünfundzwanzig.",
        family="top_artists",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="Wer war denn heut bis jetzt mein meistgehörter Künstler? Ich hab so vor mich hin gwerkelt und net aufpasst.",
        family="top_artists",
        period="today",
    ),
    # top_tracks
    Fresh(
        text="Ich summ dauernd was vor mich hin beim Kehrwoche-Machen und komm net drauf. Was isch denn mein Lieblingslied diesen Monat?",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Was waren denn meine drei meistgespielten Lieder im September? Des wär fei nett zum Wissen.",
        family="top_tracks",
        period="september",
        content="music",
        count=3,
    ),
    Fresh(
        text="In der Küche, welches Lied hab ich da am allermeisten laufen lassen, überhaupt?",
        family="top_tracks",
        period="all_time",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Die letzten drei Monate, welches Lied hab ich da am häufigsten gspielt, was meinsch?",
        family="top_tracks",
        period="last_3_months",
        content="music",
    ),
    # top_albums
    Fresh(
        text="Früher hat man ja Schallplatten richtig abgnudelt, gell. Welches Album hab ich denn letztes Jahr am meisten ghört?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Was isch eigentlich mein Lieblingsalbum seit März? Ich möcht's meim Bruder schenke.",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Mein Sohn hat mir des mit de Podcasts eingrichtet, und jetzt möcht ich halt wissen: welcher Podcast lauft bei mir am meisten?",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="Welchen Podcast hab ich die letzten dreißig Tage am häufigsten ghört? Ich bin ja so a Nachrichtenmensch.",
        family="top_podcasts",
        period="last_30_days",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Mei Tochter schimpft, ich hätt des Ding dauernd an. Wie lang hab ich denn heut schon zughört?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Wie lange lief denn gestern Musik bei mir, so ungefähr? Die Katz hat so gschaut.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Des würd mich fei interessieren: wie viele Stunden Podcasts hab ich im Oktober ghört?",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Da war ja die ganze Verwandtschaft da, wie lang hatten wir letztes Wochenende Musik in der Küche laufen?",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Seit März, wie viel Musik hab ich da in Stunden ghört? Ich rechne grad mei Stromrechnung nach.",
        family="listening_time",
        period="since_march",
        content="music",
    ),
    # plays
    Fresh(
        text="Ich war halt wieder vor de Vögel wach. Wie viele Lieder hab ich heut früh abgspielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich denn diese Woche alles zamma abgspielt? Mei Enkel und ich hend a Wette laufe.",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="Wie viele Folgen hab ich seit Oktober ghört? Ich bleib halt gern auf'm Laufenden.",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder hab ich die letzten zwei Wochen gspielt, grob gsagt?",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Ich hab meine Schüler immer gsagt, seid neugierig! Wie viele verschiedene Künstler hab ich denn dieses Jahr ghört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands hatten wir letzten Monat bei uns laufe?",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Net wie oft, sondern wie viele verschiedene: wie viele Lieder hab ich die letzten sieben Tage ghört?",
        family="songs_count",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Mein Mann selig hat immer gsagt, ich kenn bloß sechs Lieder. Wie viele verschiedene Lieder hab ich denn insgesamt ghört?",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    # play_count
    Fresh(
        text="Mei Enkel sagt, ich nudel des ab. Wie oft hab ich diesen Monat Bohemian Rhapsody gspielt?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Queen hab ich denn im Sommer ghört? Des war ja a schöner Sommer.",
        family="play_count",
        period="summer",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief One More Time von Daft Punk seit Montag?",
        family="play_count",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Mei Schwester meint, des wär bei mir dauernd an. Wie oft hab ich dieses Jahr Helene Fischer ghört?",
        family="play_count",
        period="this_year",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Die Enkele waret da und hend am Lautsprecher rumgfummelt. Hab ich gestern Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief bei mir vorgestern The Daily? Ich weiß es halt nimmer.",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead, hab ich die letztes Jahr mal ghört? Mei Neffe schwört, er hätt's bei mir ghört.",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="Hen mir am Samstag Da Funk ghört? Des hat mei Mann selig so gmocht.",
        family="did_i",
        period="saturday",
        name="Da Funk",
        person="we",
    ),
    Fresh(
        text="Digital Love, lief des die letzten dreißig Tage überhaupt mal bei mir?",
        family="did_i",
        period="last_30_days",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="Ich bin im Sessel eingnickt nach'm Vesper. Was hab ich denn gestern Abend ghört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, was lief denn bei uns in der Küche letzte Woche?",
        family="what_played",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Ich war dauernd mit der Wäsch im Keller, was hab ich heut Nachmittag für Musik ghört?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Wo's so heiß war, was hab ich denn letzten Sommer so ghört?",
        family="what_played",
        period="last_summer",
    ),
    # playing_at
    Fresh(
        text="Ich war grad am Telefon mit meiner Schwester, was lief gestern Abend um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut früh um halb neun, was hat da gspielt? Ich hab Kreuzworträtsel gmacht.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Mittwoch um zwölfe mittags, wo der Kaminfeger da war, was lief da?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Um fünf heut Nachmittag, wie ich vom Einkaufe heimkomme bin, was war da an?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="Mei Enkelin macht so en Fragebogen für d'Schul. Wie tät man denn meinen Musikgeschmack beschreiben?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Was für en Geschmack hab ich denn in letzter Zeit, eher französisch oder wie?",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="Ich will mir im Ruhestand so a bissle en Tagesablauf machen. Um welche Uhrzeit hör ich denn meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Wochentag hör ich normalerweise am meisten? Ich hab da so a Ahnung.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Mei Enkel schickt mir dauernd so Links. Hab ich in letzter Zeit jemand Neues entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab ich im August zum ersten Mal ghört?",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="Mei Mann hat immer gsagt, ich hätt koi Geduld. Wie oft überspring ich denn Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie hoch war denn meine Skiprate letzten Monat? Ich war fei arg unruhig.",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Mei Tochter sagt, ich wär wie a Platte mit Sprung. Hör ich echt so oft die gleichen Lieder nochmal?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie hoch isch mei Wiederholungsrate dieses Jahr?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Ich bin halt a treue Seele. Wie viele Tage am Stück hab ich jetzt schon was ghört?",
        family="streak",
    ),
    Fresh(
        text="Sag amol, wie viele Tage hintereinander hab ich jetzt Musik anghabt?",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="Ich weiß fei nimmer, wer mir die empfohle hat: wann hab ich Justice zum ersten Mal ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann isch Café Tacvba zum allerersten Mal bei mir auftaucht? Die Pilar will des wisse.",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Ich komm mit de Nachrichten gar nimmer nach. Wann hab ich zuletzt The Daily ghört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann lief denn Sexy Boy von Air es letzte Mal?",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Wann hab ich des letzte Mal ABBA ghört? Die hab ich früher beim Bügle so gern mitgsunge.",
        family="last_play",
        name="ABBA",
    ),
    # last_song
    Fresh(
        text="Ich war grad im Garte bei de Tomate. Was war des letzte Lied, des ich gspielt hab?",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="Was lief zuletzt bei mir, bevor ich zum Bäcker bin?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was bin ich heut aufgwacht? Ich war no ganz verschlafe.",
        family="first_today",
    ),
    Fresh(
        text="Was war heut des allererste Lied, des ich anghabt hab?",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="Was hab ich gestern als Erstes ghört? Ich schreib grad mei Tagebuch.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich letzten Freitag angfange? Des war mein Friseurtag.",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was hab ich letzte Nacht als Letztes ghört, bevor ich ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Am dritten November, was war da des letzte Lied?",
        family="last_in",
        period="november_3",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am allermeisten? Des mag ich wohl doch net so arg.",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Damit ich weiß, wen ich mir spare kann: welchen Künstler überspring ich am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Die Enkele ziehet mich scho auf damit. Welches Lied hab ich grad in Dauerschleife?",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="Welches Lied hör ich denn dieser Tage rauf und runter?",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war denn mein Oktober so, musikalisch?",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="Gib mir mal en Rückblick auf mein Jahr, ich mach derweil en Kaffee.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass mir doch mal zamma, wie mei Woche war, gell.",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Ich bin ja a Frühaufsteherin, aber bin ich eher a Morgenhörerin oder hör ich mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Ich tät meinen, wenn d'Familie da isch, läuft mehr. Hör ich am Wochenende mehr Musik als unter der Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel mal Daft Punk in der Küche, ich mach grad Spätzle.",
    "Mach die Musik a bissle lauter, gell, der Wasserkocher isch so laut.",
    "Was isch des für a Lied? Des isch fei schön.",
    "Überspring des Lied, des isch mir z'wild am Morge.",
    "Halt den Podcast mal an, es hat geklingelt.",
    "Mach des Licht in der Küche aus, ich geh jetzt ins Bett.",
    "Spiel des Album Discovery, mei Enkel sagt, des isch a Klassiker.",
    "Mach halt a bissle leiser, sonst klopft der Nachbar wieder.",
    "Zufallswiedergabe an, bitte, immer die gleiche Reihenfolge isch mir z'langweilig.",
    "Mach des Lied auf Wiederholung, des will ich beim Abspülen hören.",
    "Stell en Timer auf zwanzig Minuten, die Hefezopf isch im Ofen.",
    "Wie wird des Wetter heut Nachmittag? Ich will d'Wäsch naushänge.",
    "Schreib Butterbrezeln auf d'Einkaufsliste.",
    "Stell die Heizung auf einundzwanzig Grad, ich hab ganz kalte Händ.",
    "Was hör ich grad eigentlich? Ich bin erst reikomme.",
    "Nächstes Lied im Wohnzimmer, bitte.",
    "Spiel mir The Daily, ich hab die Nachrichten verpasst.",
    "Verbind die Lautsprecher in der Küche und im Wohnzimmer, d'Familie kommt.",
    "Mach die Musik aus, der Doktor ruft an.",
    "Spiel a bissle Queen, des muntert mich auf.",
    "Was lauft grad in der Küche? Des klingt ja lustig.",
    "Mach mit dem Podcast weiter, wo ich aufghört hab.",
    "Lautstärke auf vier, des Enkele schläft auf'm Sofa.",
    "Erinner mich um sechs, dass ich mei Schwester anruf.",
    "Spiel Justice in der Küche und dreh auf, die Kinder wollet tanze.",
    "Mach den Lautsprecher im Schlafzimmer aus, der lauft scho wieder.",
    "Spiel Bohemian Rhapsody für d'Enkele, die wollet mitsinge.",
    "Stumm schalten, bitte, ich hab den Pfarrer am Telefon.",
]
