"""Writer 506, eine Influencerin aus Düsseldorf, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Leute, wer war literally mein meistgehörter Artist diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="okay wer ist so mein Künstler des Jahres, ich bin mega gespannt",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="von welchem Artist war ich in letzter Zeit so obsessed",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was war mein Song des Monats im Oktober, ehrlich gesagt keine Ahnung",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="sag mal meine Top 3 Songs ever",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welcher Track lief seit März am meisten bei mir",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="was waren so meine Top fünf Songs in den letzten zwei Wochen",
        family="top_tracks",
        period="last_2_weeks",
        count=5,
    ),
    Fresh(
        text="welches Album hab ich diesen Sommer so mega oft gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein Lieblingsalbum letztes Jahr, welches war das nochmal",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="welcher Podcast ist basically mein Go-to in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was ist so mein Nummer eins Podcast ever",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange hab ich heute schon Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzte Woche gehört, so krass, sag einfach",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange lief bei uns in der Küche letzten Monat was",
        family="listening_time",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viel Podcast hab ich seit Montag gehört, so zeitmäßig",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Songs liefen gestern bei mir",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Podcast Folgen hab ich seit Oktober gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Streams hatte ich heute Nachmittag",
        family="plays",
        period="this_afternoon",
    ),
    Fresh(
        text="wie viele Lieder hab ich zwanzig fünfundzwanzig gehört, so insgesamt",
        family="plays",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Artists hab ich dieses Jahr so gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="random Frage, wie viele verschiedene Künstler waren das in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs waren das letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele verschiedene Tracks hab ich im August gehört, safe voll viele",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wie oft hab ich One More Time von Daft Punk gehört, ich bin literally obsessed",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wie oft lief Justice in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Justice",
    ),
    Fresh(
        text="The Daily, wie oft hab ich das diese Woche gehört",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="hab ich gestern Abend Daft Punk gehört",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich random mal Helene Fischer gehört, bitte sag nein",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="haben wir letztes Wochenende Queen gehört",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="Eres von Cafe Tacuba, lief das im September bei mir",
        family="did_i",
        period="september",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was hab ich heute Morgen so gehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief am Samstag bei mir in der Küche",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="was hatten wir letzte Woche so für Vibes, also was lief",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="ich so, was war das gestern um zehn nach acht abends für ein Song",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heute Morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern Abend so Viertel nach acht, was lief da",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was hab ich eigentlich für einen Musikgeschmack, so vom Vibe her",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen Style, musikmäßig",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr und an welchem Tag hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen Monat neue Artists entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler waren letzten Sommer neu für mich",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="wie oft skippe ich eigentlich, ehrlich gesagt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer die gleichen Songs rauf und runter oder wie",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage in Folge hab ich jetzt schon was gehört, meine Streak quasi",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Phantom von Justice, wann lief das zum allerersten Mal",
        family="first_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wann lief zuletzt Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann hab ich das letzte Mal Dua Lipa gehört",
        family="last_play",
        name="Dua Lipa",
    ),
    Fresh(
        text="was war der letzte Song, den ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Song bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    Fresh(
        text="was war der erste Song vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich am dritten November angefangen",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="mit welchem Song hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="was lief letzte Nacht als Letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welchen Song skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Artist skipp ich immer weg, so krass",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welcher Song läuft bei mir grad so auf Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchen Song kann ich grad literally nicht aufhören zu hören",
        family="on_repeat",
    ),
    Fresh(
        text="gib mir mal ein Recap von meinem Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war mein Jahr musikalisch, so Wrapped mäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="erzähl mal, wie waren so meine letzten sieben Tage, hörmäßig",
        family="recap",
        period="last_7_days",
    ),
    Fresh(
        text="bin ich eher so Morning Person oder hör ich abends mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende vs unter der Woche, wann hör ich mehr, Leute",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk in der Küche",
    "mach lauter, der Vibe ist grad mega",
    "mach mal leiser, ich nehm grad Content auf",
    "was ist das für ein Song, so random aber krass",
    "skip den Song",
    "nächster Track bitte",
    "pausier mal den Podcast, ich film grad",
    "spiel das Album Discovery",
    "Shuffle an",
    "Wiederholung aus",
    "mach den Song auf Repeat, ich bin obsessed",
    "verbinde den Küchen Lautsprecher mit dem im Wohnzimmer",
    "stell einen Timer auf zehn Minuten",
    "wie wird das Wetter morgen in Düsseldorf",
    "setz Hafermilch auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "mach das Licht in der Küche aus",
    "was hör ich gerade",
    "was läuft gerade in der Küche",
    "Lautstärke auf sieben",
    "spiel The Daily",
    "stopp die Musik, Leute",
    "spiel mal was mit guten Vibes",
    "wer singt das gerade",
    "stell den Wecker auf sieben, ich hab morgen Shooting",
]
