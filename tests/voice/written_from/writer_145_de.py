"""Writer 145, Viennese yes/no checker and tag-questioner, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ich hab gestern eh keine Muse gehört, oda?",
        family="did_i",
        period="yesterday",
        name="Muse",
    ),
    Fresh(
        text="war das am Samstag Daft Punk oder ned",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="Geh, wer war heuer eigentlich mein Künstler Nummer eins? Ist eh klar, gö?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Stimmt's, dass ich heute mehr als zehn Lieder gespielt hab? Sicher ned, oda?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hab ich diese Woche gar keine Podcasts gehört?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Bohemian Rhapsody hab ich im Oktober sicher ned öfter als zwanzig Mal gespielt, oda?",
        family="play_count",
        period="october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="was ist gestern um Viertel vor acht am Abend gelaufen, war das Air",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Bin ich eher ein Morgen- oder ein Abendhörer, sag amal",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Ich hör am Wochenende eh mehr als unter der Woche, gö?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wie lang ist bei uns gestern Musik gelaufen, ned länger als eine Stunde, oda?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Hab ich in letzter Zeit wen Neuen entdeckt oder eh immer das Gleiche?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wann hab ich zuletzt Don't Stop Me Now gehört? Ned diese Woche, oda?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich jetzt schon was gehört, das ist eh ein Rekord, gö",
        family="streak",
    ),
    Fresh(
        text="Das letzte Lied, das ich gespielt hab, war Sexy Boy, stimmt's?",
        family="last_song",
    ),
    Fresh(
        text="Welches Lied überspring ich am öftesten? Gibt's da überhaupt eins?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Erzähl mal, wie war mein November bis jetzt, eh leiwand, oda?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Was hab ich gestern Abend so gehört, eh nur Justice, oda?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Welche Platte hab ich letzten Monat am meisten gespielt, eh immer die gleiche, gö?",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="Was für eine Musik hör ich eigentlich? Bin ich wirklich so ein French-House-Mensch?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mit was hab ich letzten Freitag aufgehört, war das Phantom?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="In der Küche, welcher Podcast läuft da am meisten? Eh nur der eine, oda?",
        family="top_podcasts",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Was war im Sommer mein Lieblingslied, eh One More Time, oda?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="sag mir meine drei meistgespielten Lieder vom letzten Jahr, Queen ist eh dabei gö",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab ich im September gehört? Sicher ned mehr als fünf, oda?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Stimmt's, dass ich seit Montag nur vier verschiedene Lieder gehört hab?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wann hab ich Justice zum ersten Mal gehört, war das ned eh schon zwanzig fünfundzwanzig?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Mit was bin ich heut aufgewacht, war das eh Around the World?",
        family="first_today",
    ),
    Fresh(
        text="Das erste Lied vorgestern war Genesis, oda?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Ich überspring eh ned so viel, oder? Wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hör ich wirklich dauernd die gleichen Lieder? Wie hoch ist meine Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler überspring ich am meisten? Sicher ned den, den ich am liebsten hör, gö?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hör ich zurzeit rauf und runter, eh noch immer Digital Love oda",
        family="on_repeat",
    ),
    Fresh(
        text="Um wie viel Uhr hör ich normalerweise, eh in der Früh, gö? Und an welchem Tag am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Heut um fünf am Nachmittag, war das Queen oder ned?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Hat die Ada heuer überhaupt Cafe Tacuba gehört?",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
        person="Ada",
    ),
    Fresh(
        text="Ich hab in den letzten dreißig Tagen ned Dance von Justice gehört, oda?",
        family="did_i",
        period="last_30_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Wie oft hab ich heuer Moon Safari gespielt? Öfter als zehn Mal sicher ned, gö?",
        family="play_count",
        period="this_year",
        name="Moon Safari",
    ),
    Fresh(
        text="geh hab ich seit März öfter als fünfmal Falco gehört oder gar ned",
        family="play_count",
        period="since_march",
        name="Falco",
    ),
    Fresh(
        text="Wer war letzte Woche bei uns ganz vorn? Eh wieder die Gleichen, oda?",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie lang hab ich in den letzten sieben Tagen gehört, sicher ned mehr als zehn Stunden?",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Hab ich am dritten November überhaupt was gehört? Was war das?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Ist seit Oktober wer Neuer dazugekommen oder ned?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Wann war The Daily das letzte Mal dran, eh heut in der Früh, gö?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war das allererste Lied im Sommer, weißt du das?",
        family="first_in",
        period="summer",
    ),
    Fresh(
        text="Gib mir einen Rückblick auf zwanzig fünfundzwanzig, war eh ein leiwandes Jahr, oda?",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Auf welchen Podcast bin ich in letzter Zeit hängen geblieben? Eh nur auf einen, gö?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Stimmt's, dass ich im August eine Platte viel öfter gespielt hab als alle anderen? Welche?",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="Wie viele Folgen hab ich letzten Monat gehört, ned viele, oda?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Hör ich heuer unter der Woche mehr oder eh am Wochenende?",
        family="compare_week",
        period="this_year",
    ),
    Fresh(
        text="geh sag, welches Lied hab ich als letztes gespielt",
        family="last_song",
    ),
    Fresh(
        text="Wenn mich wer fragt, was ich so für Musik hör, was würdest du sagen?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Hab ich letzte Woche viel übersprungen oder eh ned?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Was war gestern das letzte Lied? Das war eh Digital Love, gö?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Hab ich wirklich jeden Tag was gehört? Wie lang geht die Serie schon?",
        family="streak",
    ),
    Fresh(
        text="Gestern um halb neun in der Früh, ist da eh was gelaufen, oda?",
        family="playing_at",
        moment="2026-11-19 08:30",
    ),
    Fresh(
        text="Was hab ich heut in der Früh gehört, eh nur die Nachrichten, gö?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Hab ich letzte Nacht noch Air gehört oder ned?",
        family="did_i",
        period="last_night",
        name="Air",
    ),
    Fresh(
        text="Stimmt's, dass ich am Nachmittag fast nie was hör, eher in der Früh oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="In der Küche, was ist seit Oktober das meistgespielte Lied? Eh Eres, oda?",
        family="top_tracks",
        period="since_october",
        room="kitchen",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche, geh",
    "Mach die Musik ein bissl lauter, bitte",
    "Das ist ned zu laut, oda? Dreh trotzdem leiser",
    "Was ist das für ein Lied?",
    "Überspring das Lied, gö",
    "Pausier den Podcast kurz",
    "Mach das Licht in der Küche aus",
    "Wird's morgen in Wien regnen oder ned?",
    "Stell einen Timer auf zehn Minuten für die Knödel",
    "Schreib Schlagobers auf die Einkaufsliste",
    "Was hör ich grad, ist das Air?",
    "Spiel das Album Discovery in der Küche",
    "Zufallswiedergabe ist eh an, oda? Schalt sie aus",
    "Lautstärke auf fünf, geh",
    "Nächstes Lied im Wohnzimmer",
    "Was läuft grad in der Küche?",
    "Wie warm ist's heut draußen, eh kalt, gö?",
    "Stell die Heizung auf zweiundzwanzig Grad",
    "Spiel die neueste Folge von The Daily",
    "Wiederholung ist ned an, oda? Schalt sie ein",
    "Verbind den Küchenlautsprecher mit dem im Wohnzimmer",
    "Mach die Musik in der Küche aus, bitte",
    "Geh, spiel was Leiwandes von Queen",
    "Wer singt das? Ist eh ned Justice, oda?",
    "Stell einen Wecker auf sechs Uhr, gö",
    "Sag, wie spät ist's?",
    "Mach das Radio in der Küche an",
]
