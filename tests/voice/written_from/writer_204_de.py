"""Writer 204, relaxed Cologne storyteller, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Also, minge Schwester hätt jester jesaat, ich hör nur noch ein und dieselbe Band. Sach ens, wen hab ich letzte Woche am meisten jehört?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer is dann mein Künstler des Jahres, leev Lautsprecher?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Ich bin ja total jeck nach einer Band in letzter Zeit, wer is dat eigentlich?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wat war bei uns im Oktober die meistjehörte Band?",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="die drei Künstler, die ich insjesamt am meisten jehört hab?",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Wer war zweitausendfünfundzwanzig minge Nummer eins?",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Wat is mein Lieblingsleed diesen Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mir ens meine fünf meistjespielten Lieder vom letzten Jahr",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Im Sommer, wo mer immer im Jarten jesessen han, da lief doch immer dat eine Lied. Wat war denn mein Top-Song im Sommer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="In der Küche, wat für e Lied läuft da am allermeisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Wat war mein Lieblingsalbum dieses Jahr?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Welches Album hab ich in den letzten drei Monaten am meisten jespielt?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Ich bin ja jeck auf e Album jrad, dat läuft morjens immer beim Kaffee. Welches is dat?",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="Minge Mann sacht, ich hör nur den einen Podcast. Welcher Podcast war dann dieses Jahr vorne?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="wat is mein Podcast Nummer eins letzten Monat",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="Sach ens, wie viel Stunden Musik hab ich hück schon jehört?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lange ham wir jester insjesamt jehört?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Seit Oktober, wie viel Zick hab ich mit Zuhören verbracht?",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="Wie viele Minuten Podcast waren dat in den letzten dreißig Tagen?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange lief in der Küche diese Woche Musik? Ich hab dat Jefühl, dauernd.",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich hück Morje jespielt, bevor ich los bin?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Am Samstag, da war bei uns Jeburtstag vom Tünn, wat war dat för ne Party. Wie viele Lieder ham wir am Samstag jespielt?",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Folgen hab ich dieses Jahr jehört?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Wie oft hat de Ada diese Woche wat abjespielt?",
        family="plays",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="Seit März, wie viele Lieder hab ich insjesamt jespielt?",
        family="plays",
        period="since_march",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich dieses Jahr jehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Im September war ich ja viel am Ausprobieren. Wie viele unterschiedliche Bands waren et im September?",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich in den letzten sieben Tagen jehört?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Ich hör doch immer datselbe, oder? Wie viele verschiedene Leeder waren dat seit Montag?",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich dieses Jahr Bohemian Rhapsody jehört?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft lief dat diesen Monat bei mir?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Letztes Jahr im Karneval war ich ja voll dabei. Wie oft hab ich letztes Jahr Brings jespielt?",
        family="play_count",
        period="last_year",
        name="Brings",
    ),
    Fresh(
        text="wie oft hab ich The Daily letzte Woche jehört",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hab ich jester wat von Justice jehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="In letzter Zeit jet Air jehört?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Sach ens, war am Wochenende Queen dabei?",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="Hab ich im Oktober de Höhner jehört? Dat wär ja typisch Kölle.",
        family="did_i",
        period="october",
        name="Höhner",
    ),
    Fresh(
        text="Hück Morje, lief da dat One More Time von Daft Punk?",
        family="did_i",
        period="this_morning",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="Wat hab ich jester Ovend jehört? Ich stand am Herd und hab nix mitjekriegt.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, wat lief bei uns letzten Freitag?",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="Wat für Musik hab ich vorjestern jehört?",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="Am dritten November, dat war der Tag mit dem Zahnarzt, wat hab ich da so jehört?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat hab ich hück Nachmittag so jehört",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Jester Ovend so um Viertel nach acht, wat lief da?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Hück Morje um halb neun, wat war dat für e Lied?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Mittwoch um zwölf, wat lief da in der Küche?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Ich kam hück Nachmittag rein, so um zehn nach fünf, und da lief wat Schönes. Wat war dat?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="Wie würdest du minge Jeschmack beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Minge Kolleje hätt mich jefragt, wat ich so hör, und ich wusst et nit. Beschreib mir ens mein Jeschmack.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ich meistens, und an welchem Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann is bei mir eigentlich so die Hauptzeit zum Hören?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich dieses Jahr jet Neues entdeckt, so neue Künstler?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche Bands hab ich diesen Monat zum ersten Mal jehört?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft überspring ich Lieder eigentlich?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Ich war die letzten zwei Wochen so unjeduldig, immer weiterjedrückt. Wie hoch war meine Skip-Quote in den letzten zwei Wochen?",
        family="skips",
        period="last_2_weeks",
    ),
    # repeat
    Fresh(
        text="Hör ich immer datselbe? Wie hoch is meine Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich im August Lieder wiederholt?",
        family="repeat",
        period="august",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon jehört?",
        family="streak",
    ),
    Fresh(
        text="Sach ens, wie lang is meine Serie, also wie viele Tage am Stück lief bei mir wat?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice zum ersten Mal jehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Digital Love, wann tauchte dat dat erste Mal bei mir auf?",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann hab ich dat erste Mal BAP jehört",
        family="first_play",
        name="BAP",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Don't Stop Me Now jehört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Café Tacvba, dat is so schön, wann lief dat dat letzte Mal?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, dat ich jespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Dat Leed eben, dat zuletzt lief, wie hieß dat noch?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat war hück dat erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="Ich war hück früh noch janz verschlafen, da lief schon wat. Womit bin ich hück in den Tag jestartet?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war dat erste Lied jester?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit welchem Lied hab ich letzte Woche anjefangen?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="erstes Lied im Oktober?",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="Wat war dat letzte Lied letzte Nacht, bevor ich ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Womit hab ich am Samstag aufjehört?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wat is dat Leed, dat ich immer wegdrück? Sach et mir ehrlich.",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Letzten Monat, von wem hab ich am meisten weiterjedrückt?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="Wat läuft bei mir jrad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Et jibt da so e Lied, dat krieg ich nit mehr aus dem Kopp, weil ich et dauernd spiel. Welches is dat?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war denn mein Monat so, musikalisch?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Jib mir ens ne Zusammenfassung von meinem Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie lief et letzte Woche so, hörtechnisch?",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Letzten Sommer war ich ja viel auf dem Balkon. Mach mal nen Rückblick auf letzten Sommer.",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="fass mir mein Hören ens zusammen",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich morjens mehr oder ovends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher nachmittags oder nachts am Hören?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Is bei mir am Wochenende mehr los oder werktags, vom Hören her?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Letzten Monat, ham wir da eher werktags oder am Wochenende mehr jehört?",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "Spiel ens Daft Punk in der Küche",
    "Mach die Musik lauter, leev",
    "Wat läuft jrad in der Küche?",
    "Wat is dat für e Lied?",
    "Überspring dat Lied, dat is nix",
    "Podcast anhalten, et klingelt",
    "Nächstes Lied im Wohnzimmer",
    "Mach dat Licht in der Küche aus",
    "Spiel dat Album Discovery",
    "Lautstärke auf zwanzig",
    "Zufallswiedergabe an",
    "Dat Lied in Dauerschleife, bitte",
    "Verbind die Lautsprecher in Küche und Wohnzimmer",
    "Stell nen Timer auf zwölf Minuten für die Nudeln",
    "Wie wird dat Wetter morgen in Kölle?",
    "Setz Kölsch auf die Einkaufsliste",
    "Stell die Heizung auf zweiundzwanzig Grad",
    "Wat hör ich jrad?",
    "Spiel The Daily",
    "Mach die Musik aus, et is spät",
    "Spiel ens de Höhner, et is doch Karneval",
    "Leiser, bitte, ich telefonier",
    "Wiederholung aus",
    "Spiel Bohemian Rhapsody, aber richtig laut",
    "Jeh zurück zum vorherigen Lied",
    "Weck mich morgen um sechs",
    "Wie spät is et?",
    "Pack dat Lied auf meine Playlist",
    "Von welchem Album is dat Lied?",
    "Spiel die neueste Folge von The Daily in der Küche",
    "Lautsprecher in der Küche stummschalten",
]
