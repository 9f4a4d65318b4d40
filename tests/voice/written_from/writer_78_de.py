"""Writer 78, Großmutter (Bäuerin a. D. aus dem Münsterland, 79), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Könnten Sie mir wohl sagen, wen ich diesen Monat am meisten gehört habe?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war denn mein Lieblingssänger im letzten Jahr?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Sagen Sie mal, welche Kapelle lief bei mir in letzter Zeit am meisten?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Die drei Künstler, die ich dies Jahr am meisten gehört hab, welche sind dat?",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Wer war im Jahr zweitausendfünfundzwanzig mein liebster Sänger?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Im Sommer letzten Jahres, welcher Künstler lief da am meisten?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hab ich im Oktober am meisten gespielt?",
        family="top_tracks",
        period="october",
        content="music",
    ),
    Fresh(
        text="Was war denn mein Lieblingslied im Sommer, wissen Sie dat?",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="Nennen Sie mir doch bitte meine fünf meistgespielten Lieder",
        family="top_tracks",
        period="all_time",
        content="music",
        count=5,
    ),
    Fresh(
        text="In den letzten drei Monaten, welche zwei Lieder lagen da vorn?",
        family="top_tracks",
        period="last_3_months",
        content="music",
        count=2,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich seit März am häufigsten aufgelegt, dat ganze Album mein ich",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Mein Lieblingsalbum, welches ist dat eigentlich?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich denn am meisten, von diesen Sendungen da?",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="Welche Sendung hab ich mir letzten Monat am meisten angehört, so'n Podcast?",
        family="top_podcasts",
        period="last_month",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief bei mir heute dat Radio?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Wie viele Stunden Musik hab ich letzte Woche gehört, können Sie mir dat sagen?",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Wie lange haben wir gestern Musik gehört, alle zusammen?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="In der Küche, wie lange lief da im September Musik?",
        family="listening_time",
        period="september",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie lange hab ich in den letzten zwei Wochen gehört, insgesamt?",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute schon gespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen hab ich im August gehört, von den Podcasts?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Platten haben wir am Wochenende gespielt, dat letzte Wochenende mein ich",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Sänger und Kapellen hab ich dies Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Künstler waren dat in den letzten dreißig Tagen?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich letzten Monat gespielt?",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="Seit Oktober, wie viele verschiedene Stücke waren dat?",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich dies Jahr die Bohemian Rhapsodie gehört?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief denn der Daft Pank im Oktober?",
        family="play_count",
        period="october",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich eigentlich Heino gespielt?",
        family="play_count",
        period="all_time",
        name="Heino",
    ),
    Fresh(
        text="Die Nachrichtensendung, dat The Deily, wie oft hab ich die diese Woche gehört?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Seit Montag, wie oft lief die Justiz, diese Franzosen?",
        family="play_count",
        period="since_monday",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend die Queens gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Lief bei mir diesen Monat wat von dem Kaffee Tacuba?",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="Hab ich letzten Freitag dat Sexy Boy gespielt, von den Air?",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Haben wir am Samstag den Daily gehört, den Podcast?",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hab ich im Sommer mal Roland Kaiser gehört?",
        family="did_i",
        period="summer",
        name="Roland Kaiser",
    ),
    Fresh(
        text="Digital Love, hab ich dat in den letzten sieben Tagen gehört?",
        family="did_i",
        period="last_7_days",
        name="Digital Love",
    ),
    Fresh(
        text="Im August, lief da die La Fämm Darschang, dat französische?",
        family="did_i",
        period="august",
        name="La femme d'argent",
    ),
    # what_played
    Fresh(
        text="Was hab ich denn gestern Abend gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief heute Morgen bei mir im Radio?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was haben wir letztes Wochenende so gehört?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Was hab ich am dritten November gehört, ich weiß dat nich mehr",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was hat die Ada diese Woche so gehört?",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="Und vorgestern, was lief da so?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="In der Küche, was lief da gestern bei mir?",
        family="what_played",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="Was hab ich heut Nachmittag gehört, sind Sie so gut?",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Sagen Sie, welches Lied lief gestern Abend um dreiviertel acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heute Nachmittag um fünf, was war dat für ein Lied?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Mittwoch um zwölf Uhr mittags, was lief da im Radio?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Was lief gestern Abend um zehn nach acht, dat war so schön?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="Wat für Musik mag ich eigentlich, was meinen Sie?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie würden Sie meinen Geschmack beschreiben, so in letzter Zeit?",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör ich denn meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Tag in der Woche läuft bei mir am meisten dat Radio?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit neue Sänger entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab ich dies Jahr zum ersten Mal gehört?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Überspring ich viele Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie oft hab ich diese Woche weitergedrückt, bevor wat zu Ende war?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dieselben Lieder, immer wieder dieselben?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie oft hab ich letzten Monat Lieder wiederholt?",
        family="repeat",
        period="last_month",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt schon wat gehört?",
        family="streak",
    ),
    Fresh(
        text="Seit wie vielen Tagen läuft dat Radio jeden Tag bei mir, ohne Pause?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich denn die Daft Punks zum ersten Mal gehört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann lief dat Eres von dem Kaffee Tacuba zum ersten Mal?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Bohemian Rhapsodie gehört?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wann lief dat letzte Mal die Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hab ich dat letzte Mal Vicky Leandros gehört?",
        family="last_play",
        name="Vicky Leandros",
    ),
    # last_song
    Fresh(
        text="Welches Lied hab ich als letztes gespielt?",
        family="last_song",
    ),
    Fresh(
        text="Wat war die letzte Platte, die ich aufgelegt hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Welches Lied lief heute als erstes?",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ich denn heute angefangen, welches Stück war dat?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern dat erste Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich letzten Freitag angefangen?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was lief letzte Nacht als letztes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Mit welchem Lied hab ich am Samstag aufgehört?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Und vorgestern, was war da dat letzte Stück?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Stück mag ich wohl nich, dat ich immer wegdrück?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Sänger drück ich am meisten weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Von welcher Kapelle überspring ich die meisten Lieder?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich zurzeit immer wieder?",
        family="on_repeat",
    ),
    Fresh(
        text="Wat für ein Stück hab ich dieser Tage dauernd laufen?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzählen Sie mir doch mal, wie meine Woche so war",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war denn mein Jahr so, beim Hören?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Geben Sie mir mal eine Übersicht über den letzten Monat, bitte",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Ne kleine Zusammenfassung, was ich so gehört hab, wenn Sie so lieb wären",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war denn mein Oktober so?",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hab ich diesen Monat mehr nachmittags oder abends Radio gehört?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Läuft bei mir samstags und sonntags mehr Musik oder werktags?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Im letzten Jahr, hab ich da mehr an den Werktagen oder am Wochenende gehört?",
        family="compare_week",
        period="last_year",
    ),
]

NEGATIVES = [
    "Spielen Sie doch bitte mal Daft Punk in der Küche",
    "Machen Sie dat Radio ein bisschen leiser, bitte",
    "Wat is dat für ein Lied, was da gerade läuft?",
    "Dat nächste Lied, bitte",
    "Halten Sie den Podcast mal an, dat Telefon klingelt",
    "Machen Sie bitte dat Licht in der Küche aus",
    "Spielen Sie mal die Platte Discovery",
    "Mischen Sie die Lieder mal durch",
    "Dat Lied bitte immer wiederholen",
    "Stellen Sie mir mal zehn Minuten ein, für die Eier",
    "Wie wird dat Wetter morgen in Münster?",
    "Schreiben Sie Kaffee und Kondensmilch auf den Einkaufszettel",
    "Drehen Sie die Heizung mal etwas hoch, mir is kalt",
    "Wat hör ich denn gerade?",
    "Lauter bitte, ich versteh nix",
    "Spielen Sie mal Schlager, so wat Schönes zum Mitsingen",
    "Machen Sie die Musik aus",
    "Stellen Sie mal WDR 4 ein, dat Radio",
    "Nochmal von vorn, dat Lied",
    "Wer singt dat hier?",
    "Lautstärke auf fünf, bitte",
    "Schalten Sie den Lautsprecher in der Küche mit dem im Wohnzimmer zusammen",
    "Spielen Sie die nächste Folge vom Daily",
    "Erinnern Sie mich um sechs an meine Tabletten",
    "Wie spät is dat?",
    "Stellen Sie die Heizung auf zwanzig Grad",
    "Spielen Sie Queen in der Küche, aber nich so laut",
    "Die Zufallswiedergabe ausmachen, bitte",
    "Wie lange geht dat Lied noch?",
    "Weiter im Podcast, da wo ich aufgehört hab",
    "Wie heißt die Kapelle, die gerade spielt?",
    "Schließen Sie mal die Haustür ab",
]
