"""Writer 118, a chatty 75-year-old Viennese grandmother, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Geh bitte, sag mir doch, wen hab ich denn letzte Woche am meisten gehört, mein Enkerl fragt mich das jedes Mal am Sonntag und ich weiß es nie",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Was war denn heuer mein Lieblingslied, ich tät's so gern der Frau Hofbauer beim Kaffee erzählen, die gibt immer so an mit ihrem Udo Jürgens",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Hab ich gestern eigentlich ein bisserl Queen gehört, den Freddie Mercury hab ich immer so gern gehabt, der Arme",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Gestern um Viertel vor acht am Abend, wie ich grad die Palatschinken gemacht hab, was ist denn da gelaufen?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wie viele Lieder hab ich denn heute schon gehört, Jessas, mir kommt vor, es waren hundert",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Meine Tochter sagt, ich hab die Musik den ganzen Tag an, so eine Frechheit, wie lang hab ich denn diese Woche wirklich Musik gehört?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Welches Album hab ich denn überhaupt am öftesten gehört, ich möcht's mir vielleicht auf einer richtigen Platte kaufen, so wie früher",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Der Bub hat mir da so einen Podcast eingerichtet, ich kenn mich ja gar nicht aus, welchen Podcast hör ich denn in letzter Zeit am meisten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab ich denn diesen Monat gehört, die Nachbarin meint, ich hör eh immer nur dieselben drei",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="Sag einmal, ich war ja im letzten Monat so verkühlt und bin viel daheim gesessen, wie viele verschiedene Lieder waren's denn da?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie oft hab ich heuer die Bohemian Rhapsody gespielt, ehrlich, ich glaub, das war tausendmal",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Was hab ich denn gestern am Abend gehört, ich hab mit meiner Schwester in Linz telefoniert, eine geschlagene Stunde, und gar nicht aufgepasst",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Mein Enkerl sagt, die Oma hat einen komischen Geschmack, geh bitte, was für Musik hör ich denn eigentlich gern?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Ich bin ja ein Gewohnheitstier, hat mein Mann selig immer gesagt, um welche Uhrzeit und an welchem Tag hör ich denn meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich in letzter Zeit wen Neuen entdeckt, also einen Künstler, den ich vorher gar nicht gekannt hab?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Sagen S' mir's ehrlich, wie oft drück ich denn weiter, bevor was fertig ist, ich bin so ungeduldig geworden auf meine alten Tage",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon was gehört, ich hoff, das sind schon ordentlich viele",
        family="streak",
    ),
    Fresh(
        text="Diese Franzosen, die mir der Bub einmal aufgedreht hat, die Justice, wann hab ich die denn zum ersten Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Ich bin im Fauteuil eingenickt, wie immer halt, was war denn das letzte Lied, das ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Erzähl mir halt ein bisserl, wie's mit meiner Musik so gelaufen ist, so einen kleinen Rückblick, weißt eh",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Für eine Pensionistin ist ja eh jeder Tag Sonntag, aber hör ich am Wochenende mehr Musik oder unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Mein Mann selig hat immer gesagt, ich bin wie eine hängende Schallplatte, wie viel hör ich denn eigentlich immer wieder dieselben Sachen?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wann hab ich denn zuletzt die Air gehört, die sind so schön ruhig zum Nachmittagsschlaferl",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Was war denn heut das allererste Lied, gleich wie ich aufgestanden bin und den Kaffee aufgesetzt hab?",
        family="first_today",
    ),
    Fresh(
        text="Gestern, das erste Lied, das ich gespielt hab, was war denn das nochmal, es liegt mir auf der Zunge",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich denn letzten Freitag aufgehört, das letzte Lied vorm Schlafengehen mein ich",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Da ist so ein Lied, das geht mir fürchterlich auf die Nerven, welches überspring ich denn am öftesten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Und welchen Künstler drück ich am meisten weg, sicher diese lauten Franzosen, gell?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Ich summ den ganzen Tag was vor mich hin und komm nicht drauf, was hab ich denn grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Bin ich eher eine, die in der Früh Musik hört, oder doch am Abend, ich hätt ja gesagt in der Früh, wie die Hendln",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Die drei Künstler, die ich heuer am meisten gehört hab, kannst mir die sagen, aber ganz langsam, ich schreib's mit",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Vorgestern, hab ich da die Daft Punk gehört, die zwei mit die Helme, die der Bub so mag?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Heut um halb neun in der Früh, beim Frühstück mit meinem Kipferl, was ist denn da gelaufen, so was Schönes war das",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Wochenende waren die Enkerl da und es war ein Mordstrara, was hab ich denn da überhaupt gehört?",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="Wie lang hab ich im Oktober Podcasts gehört, so insgesamt, in Stunden?",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Ich muss ja mein Englisch üben, drum: wie oft hab ich denn diesen Monat The Daily gehört?",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="Erzähl mal, wie war denn mein Musikjahr voriges Jahr, so einen Jahresrückblick hätt ich gern, wie im Fernsehen zu Silvester",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Sag mal, wie war denn meine Woche so, musikalisch mein ich, ich hab ja sonst nicht viel erlebt",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="In der Küche, welches Lied ist denn da in letzter Zeit am meisten gelaufen, ich steh ja den ganzen Tag beim Herd",
        family="top_tracks",
        period="lately",
        room="kitchen",
    ),
    Fresh(
        text="Wen haben wir denn bei uns daheim letztes Monat am meisten gehört, alle zusammen mein ich, nicht nur ich",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Der Bub schwört, er hat mir einmal Radiohead vorgespielt, wann hab ich denn die zuletzt gehört?",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="Im Sommer war die Enkelin da, hab ich da irgendwas von diesen Wet Leg gehört, so heißen die, glaub ich",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    Fresh(
        text="In den letzten sieben Tagen, wie viel hab ich da insgesamt abgespielt, Lieder und Podcasts zusammen?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wen hab ich denn heuer alles neu kennengelernt, musikalisch, ich bin ja noch neugierig, gell",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Was war denn mein Lieblingsalbum im Jahr zweitausendfünfundzwanzig, ich weiß es wirklich nimmer",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Heut am Nachmittag um Viertel nach fünf, wie ich mit dem Sackerl vom Einkaufen heimgekommen bin, was ist da grad gelaufen?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Hab ich seit Montag einmal das Digital Love gehört, das mit der komischen Roboterstimme?",
        family="did_i",
        period="since_monday",
        name="Digital Love",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hab ich denn seit Oktober gehört, grob geschätzt?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Was hab ich denn heute so alles gehört, geh, fass mir's kurz zusammen",
        family="what_played",
        period="today",
    ),
    Fresh(
        text="Was war denn heut in der Früh das letzte Lied, bevor ich auf den Naschmarkt gegangen bin?",
        family="last_in",
        period="this_morning",
    ),
]

NEGATIVES = [
    "Spiel mir bitte ein bisserl Queen in der Küche, sei so lieb",
    "Mach die Musik ein bisserl leiser, ich telefonier grad mit der Gerti",
    "Was ist denn das für ein Lied, das da grad läuft, das ist aber fesch",
    "Geh, überspring das, das ist mir viel zu laut",
    "Halt den Podcast kurz an, es läutet an der Tür",
    "Stell mir einen Timer auf vierzig Minuten für den Gugelhupf",
    "Schreib mir Milch und ein Sackerl Semmelbrösel auf die Einkaufsliste",
    "Wie wird denn das Wetter morgen in Wien, ich muss zum Doktor",
    "Mach das Licht in der Küche aus, ich geh jetzt schlafen",
    "Dreh die Heizung ein bisserl auf, es ist so kalt heut",
    "Spiel das Album Discovery, aber nicht so laut, bitte schön",
    "Nächstes Lied bitte, das da mag ich nicht",
    "Was hör ich denn grad jetzt, ich hab die Brille nicht auf",
    "Mach die Zufallswiedergabe aus, ich mag's lieber der Reihe nach",
    "Wie warm ist es denn im Wohnzimmer",
    "Stell das Thermostat auf einundzwanzig Grad, sei so gut",
    "Spiel die Justice in der Küche, aber leise, gell",
    "Wiederhol das Lied nochmal, das war so schön",
    "Gruppier den Lautsprecher in der Küche mit dem im Schlafzimmer",
    "Erinner mich um neun an meine Tabletten, sonst vergess ich's wieder",
    "Spiel den Podcast weiter, wo ich aufgehört hab",
    "Wie spät ist es denn, ich hab meine Uhr verlegt",
    "Lauter bitte, ich hör so schlecht in letzter Zeit",
    "Stopp die Musik, der Rauchfangkehrer ist da",
]
