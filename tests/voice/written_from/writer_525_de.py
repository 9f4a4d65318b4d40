"""Writer 525, ein 81-jähriger aus dem Erzgebirge, sächsisch gefärbt, unsicher mit dem Gerät, sehr höflich, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Entschuldigung, wen hab ich denn diesen Monat am meisten gehört, bitte",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Sagen Sie mal bitte, wer war denn letztes Jahr mei Lieblingskünstler",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Nu, wen hab ich denn letzten Sommer am häufigsten gehört, wenn Sie das wissen",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="Welches Lied hab ich denn am allermeisten gespielt, wenn Sie so freundlich wärn",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Nu, was warn denn meine drei meistgespielten Lieder im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches Lied lief denn letzte Woche am häufigsten, bitte schön",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Können Sie mir sagen, welche Platte ich am meisten gehört hab? Also das Album, mein ich.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Was war denn im Sommer mei Lieblingsalbum, bitte",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welchen Podcast hör ich denn in letzter Zeit am meisten, bitte",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Entschuldigen Sie, welche Sendung, also welcher Podcast, lief dieses Jahr am häufigsten",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Wie lange lief denn heite die Musik, bitte",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich denn letzten Monat zugehört, können Sie das sagen",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Wie lang hab ich denn gestern Abend gehört, bitte schön",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="In den letzten sieben Tagen, wie lange hab ich da insgesamt gehört, wenn ich fragen darf",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Lieder hab ich denn seit Montag gespielt, bitte",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen vom Podcast hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel ham mir denn letzte Woche abgespielt, also bei uns in der Küche",
        family="plays",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie viele Stücke warn das denn im August, so ungefähr",
        family="plays",
        period="august",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab ich denn dieses Jahr gehört, bitte",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedne Sänger und Gruppen warn das in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="Wie viele unterschiedliche Lieder hab ich letzten Monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Sagen Sie, wie viele verschiedene Titel warn das seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft hab ich denn Bohemian Rhapsody gespielt, bitte",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief denn Queen diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich denn Roland Kaiser gehört, wissen Sie das",
        family="play_count",
        period="all_time",
        name="Roland Kaiser",
    ),
    Fresh(
        text="Hab ich gestern Daft Punk gehört, bitte",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Entschuldigung, lief heite früh The Daily? Der Podcast, mein ich",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich in letzter Zeit mal was von Justice gehört",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab ich dieses Jahr Anton Günther gehört, den Erzgebirgssänger",
        family="did_i",
        period="this_year",
        name="Anton Günther",
    ),
    Fresh(
        text="Heut Nachmittag, war da Air dabei, bitte",
        family="did_i",
        period="this_afternoon",
        name="Air",
    ),
    Fresh(
        text="Was hab ich denn gestern Abend gehört, bitte",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief denn vorgestern so, bitte schön",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was hab ich denn letzten Freitag gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Am dritten November, was hab ich denn da gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was lief denn letzte Nacht, wissen Sie das",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hat denn die Ada diese Woche gehört, bitte",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="Was lief denn gestern gegen Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief denn heite früh um achte",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was war denn das für e Lied gestern Abend um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Was hör ich denn eigentlich für Musik, so im Großen und Ganzen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würden Sie denn meinen Geschmack beschreiben, musikalisch mein ich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um welche Uhrzeit hör ich denn meistens, bitte",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Wochentag und zu welcher Stunde hör ich denn gewöhnlich",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich diesen Monat jemand Neues entdeckt, bitte",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler hab ich im Jahr zweitausendfünfundzwanzig zum ersten Mal gehört",
        family="new_artists",
        period="in_2025",
    ),
    Fresh(
        text="Wie oft drück ich denn weiter, also wie oft überspring ich was",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich denn diese Woche übersprungen, bitte",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Hör ich denn immer wieder dasselbe? Wie sehr wiederhol ich mich da",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon gehört, bitte",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich denn das erste Mal Air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Seit wann is denn Café Tacvba bei mir drin, wann lief das zuerst",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann hab ich denn zuletzt Don't Stop Me Now gehört, bitte",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann lief denn das letzte Mal der Podcast The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war denn des letzte Lied, was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Was war denn heite mei erstes Lied, bitte",
        family="first_today",
    ),
    Fresh(
        text="Was hab ich denn gestern als Erstes gehört",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich denn am Samstag angefangen, bitte",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Was war denn des letzte Lied letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Was lief denn vorgestern als Letztes",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Welches Lied überspring ich denn am häufigsten, bitte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück ich denn am meisten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hör ich denn zurzeit in einer Tour",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähln Sie mal bitte, wie war denn mei Oktober so mit der Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Könnten Sie mir eine kleine Übersicht geben, wie mei Jahr so war",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war denn meine Woche, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Hör ich denn mehr früh am Morgen oder abends, bitte",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Is das bei mir mehr am Wochenende oder unter der Woche, mit dem Hören",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wie viele verschiedne Lieder warn das in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte Queen in der Küche",
    "Machen Sie bitte die Musik ein bissel lauter",
    "Bitte leiser, das is mir zu laut",
    "Was läuft denn da grade für e Lied",
    "Was hör ich denn jetzt gerade",
    "Bitte das Lied überspringen",
    "Halten Sie bitte den Podcast mal an",
    "Nächstes Lied, bitte",
    "Machen Sie bitte das Licht in der Küche aus",
    "Spielen Sie bitte das Album Discovery",
    "Bitte Zufallswiedergabe einschalten",
    "Das Lied bitte in Dauerschleife",
    "Wie wird denn das Wetter morgen im Erzgebirge",
    "Stellen Sie bitte einen Timer auf zwanzig Minuten, für die Klöße",
    "Schreiben Sie bitte Butter auf die Einkaufsliste",
    "Machen Sie bitte die Heizung ein bissel wärmer",
    "Was läuft denn in der Küche",
    "Spielen Sie bitte was von Anton Günther",
    "Musik aus, bitte",
    "Den Lautsprecher in der Küche mit dem im Wohnzimmer zusammenschalten, geht das",
    "Wie spät is es denn",
    "Spielen Sie bitte die neueste Folge von The Daily",
    "Lautstärke auf vier, bitte",
    "Wer singt denn das hier grade",
    "Bitte weiter mit dem Podcast",
    "Rufen Sie bitte meine Tochter an",
]
