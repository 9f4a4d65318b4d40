"""Writer 337, Spracherkennung beim Joggen: keuchend, abgehackt, Satzabbrüche, Neuanfänge, ohne Satzzeichen, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="puh wer war so mein meistgehörter künstler letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="künstler des jahres puh wer ist das bei mir bis jetzt",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top drei künstler warte im sommer welche",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="mein lieblingslied diesen monat welches war das",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="die fünf meist puh meistgespielten lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches album hab ich äh am meisten gehört im oktober",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="lieblingsalbum letztes jahr welches war das puh",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="welcher podcast puh welchen podcast hör ich am meisten in letzter zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast im september",
        family="top_podcasts",
        period="september",
    ),
    Fresh(
        text="wie lange lief heute musik bei mir so insgesamt",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich puh gestern gehört",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie lange haben wir äh letzte woche musik gehört",
        family="listening_time",
        period="last_week",
        person="we",
        content="music",
    ),
    Fresh(
        text="wie viele lieder heute schon wie viele",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="folgen podcast folgen wie viele diese woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viele titel puh vorgestern",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künst puh künstler hab ich dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="verschiedene künstler seit oktober wie viele puh",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele verschiedene lieder puh letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab ich queen gehört diese woche wie oft",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief bohemian rhapsody puh seit märz",
        family="play_count",
        period="since_march",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich justice gehört in letzter zeit hab ich",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ich radiohead äh jemals gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="vorgestern one more time puh hab ich das gehört",
        family="did_i",
        period="day_before_yesterday",
        name="One More Time",
    ),
    Fresh(
        text="was lief gestern abend was hab ich da gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich letzte nacht gehört puh",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="in der küche was lief da letztes wochenende",
        family="what_played",
        period="last_weekend",
        room="kitchen",
    ),
    Fresh(
        text="am dritten november was lief da was lief",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="gestern viertel vor acht was lief da puh",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um acht was lief da",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so mein geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens welche uhrzeit puh welcher tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler diesen monat hab ich welche entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip ich eigentlich so",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skiprate letzte dreißig tage wie hoch puh",
        family="skips",
        period="last_30_days",
    ),
    Fresh(
        text="hör ich immer dasselbe wie oft wiederhol ich sachen",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich air zum ersten mal gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="daft punk wann puh wann lief das zum ersten mal bei mir",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann zuletzt puh wann hab ich zuletzt the daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="eres von café tacvba wann zuletzt",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="was war das letzte warte das letzte lied das ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="erstes lied heute was war das",
        family="first_today",
    ),
    Fresh(
        text="erstes lied gestern was war das warte gestern ja",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letztes lied am samstag welches puh",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="letzter song heute morgen welcher war das",
        family="last_in",
        period="this_morning",
    ),
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler puh skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches lied hab ich grad so in dauerschleife die letzten tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war meine woche musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mein jahr puh fass mal zusammen",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder puh oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends puh wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am wochenende mehr oder unter der woche puh wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "musik lauter puh lauter",
    "was läuft gerade in der küche",
    "welches lied ist das",
    "nächstes lied",
    "podcast pause pause",
    "licht küche aus",
    "spiel das album discovery",
    "lautstärke auf sechzig",
    "zufallswiedergabe an",
    "wiederholen an dieses lied wiederholen",
    "lautsprecher küche und wohnzimmer gruppieren",
    "timer zwanzig minuten puh",
    "wie wird das wetter heute abend",
    "milch auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "was hör ich gerade",
    "spiel the daily neueste folge",
    "leiser bitte leiser",
    "stopp musik aus",
    "weiter podcast weiter",
    "zurück vorheriges lied",
    "spiel was zum laufen was schnelles",
    "spiel queen don't stop me now",
    "wer singt das gerade",
    "musik ins wohnzimmer verschieben",
]
