"""Writer 128, busy cook multitasking (Hamburg dad), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="moin, wer lief letzte Woche am meisten bei mir? Moment, die Zwiebeln… so, wer war's",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="was is mein Lieblingslied diesen Monat, also das meistgespielte",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Album hab ich dieses Jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welchen Podcast hör ich eigentlich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange lief heute schon Musik, so ungefähr",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hab ich gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="sach mal, wie viele verschiedene Künstler hatte ich letzten Monat",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele verschiedene Songs diese Woche? Jonas, Finger weg vom Teig!",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich gestern Daft Punk gehört? nö, nich du Lotte, ich red mit dem Ding",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört, so beim Abwasch",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hab ich eigentlich für'n Musikgeschmack, schnack mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise, also welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter Zeit wen Neues entdeckt, so neue Künstler",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft skip ich eigentlich, so prozentmäßig",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich diesen Monat oft dieselben Lieder immer wieder, so Wiederholungsquote",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt gehört, Moment, Herd aus… so, wie viele Tage",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief The Daily zuletzt bei mir",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war das letzte Lied, was ich gehört hab? mir fällt's nich ein",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht, welches Lied war das erste",
        family="first_today",
    ),
    Fresh(
        text="was war vorgestern das erste Lied",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzten Freitag, was lief da als letztes Lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied skip ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am meisten? Digger, sacht mein Sohn immer, na, wer isses",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad in Dauerschleife, welches Lied",
        family="on_repeat",
    ),
    Fresh(
        text="gib mir mal 'n Rückblick auf letzten Monat, wie lief das so",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Jahresrückblick bitte, mein Jahr so, aber zack zack, die Soße brennt an",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends? Lotte, Tisch decken bitte. Also, morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="unter der Woche oder am Wochenende, wann läuft bei mir mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="was lief heute Morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="hatte ich im Sommer mal Café Tacvba an",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="wie oft lief One More Time von Daft Punk die letzten sieben Tage",
        family="play_count",
        period="last_7_days",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wer lief bei uns am Wochenende am meisten",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder im Oktober, schnell, ich hab Mehl an den Händen",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche Platte läuft bei mir in letzter Zeit rauf und runter",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="welcher Podcast war letztes Jahr so mein Ding",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lange lief bei uns in der Küche letzte Woche Musik",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele Folgen hab ich heute früh gehört",
        family="plays",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wie viele verschiedene Bands hatte ich da",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="seit März, wie viele verschiedene Lieder? so grob",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="was lief letzte Nacht noch so bei mir, Moment… ja, letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hat Ada vorgestern so gehört",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    Fresh(
        text="seit Oktober irgendwelche neuen Künstler dabei?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie viel hab ich letzte Woche übersprungen",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="wann lief Sexy Boy von Air zum allerersten Mal",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="wann hab ich zuletzt Radiohead gehört? nö, kann nich sein, guck trotzdem",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="was lief gestern Abend um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="lief im August Don't Stop Me Now?",
        family="did_i",
        period="august",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wie oft hatte ich The Daily die letzten dreißig Tage an",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="womit hab ich gestern aufgehört, so letztes Lied",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="am dritten November, was lief da als erstes",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="welches Lied hab ich zur Zeit ständig an? Jonas sagt schon, Digger, nich schon wieder",
        family="on_repeat",
    ),
    Fresh(
        text="nachmittags oder nachts, wann hör ich mehr Musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um wie viel Uhr läuft bei mir meistens was, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wiederhol ich in letzter Zeit viel, immer dieselben Songs?",
        family="repeat",
        period="lately",
    ),
]

NEGATIVES = [
    "Timer zwölf Minuten, für die Nudeln",
    "mach mal die Musik in der Küche leiser",
    "was is das für'n Lied",
    "überspring das mal, nervt",
    "Podcast pausieren, Moment, es klingelt",
    "spiel Daft Punk in der Küche",
    "setz Eier auf die Einkaufsliste, und Butter",
    "Licht in der Küche an",
    "wie wird das Wetter morgen, brauchen die Kinder Regenjacken",
    "Lautstärke auf sieben",
    "wiederhol das Lied",
    "mach lauter, die Kinder wollen tanzen",
    "nächster Titel im Wohnzimmer",
    "Zufallswiedergabe an",
    "stell die Heizung auf einundzwanzig Grad",
    "wie lange läuft der Timer noch",
    "spiel das Album Discovery",
    "mach die Lautsprecher in Küche und Wohnzimmer zusammen",
    "Pause",
    "Wiederholen aus",
    "was läuft da grad",
    "stopp mal, ich telefonier",
    "schreib Hafermilch auf die Einkaufsliste",
    "Wecker auf halb sieben",
    "spiel The Daily in der Küche",
]
