"""Writer 585, ein Berliner DJ Anfang dreißig mit viel Denglisch, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="ey wer war eigentlich last week mein Top Artist",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welcher Artist lief bei uns im Oktober am meisten, so rein vom Streaming her",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="sag mal, wen hab ick dieses Jahr am meisten gestreamt, so die Top drei Artists",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="gib mir mal meine Top fünf Tracks ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in der Küche seit März, welcher Song lief da am häufigsten",
        family="top_tracks",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="welches Album hab ick dieses Jahr am meisten durchgehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum letzten Sommer, wat war det nochmal",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="welchen Podcast hab ick in letzter Zeit am meisten gestreamt",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mein Top Podcast ever, welcher is das eigentlich",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange lief heute schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Podcast Zeit hatte ich im September, grob",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Tracks hab ick gestern gestreamt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Plays insgesamt seit Oktober, wie viele waren's",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="wie viele verschiedene Artists hab ick dieses Jahr so gecheckt",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Künstler waren's in den letzten dreißig Tagen, so unterschiedliche",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele unterschiedliche Tracks liefen last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viele verschiedene Songs hab ich insgesamt so in der History",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ick Da Funk diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Da Funk",
    ),
    Fresh(
        text="Justice, wie oft lief das die letzten sieben Tage bei mir",
        family="play_count",
        period="last_7_days",
        name="Justice",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody von Queen schon gestreamt, so ever",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="wie oft lief Moderat dieses Jahr",
        family="play_count",
        period="this_year",
        name="Moderat",
    ),
    Fresh(
        text="lief in letzter Zeit wat von Café Tacvba",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="hab ich jemals Kraftwerk hier gestreamt",
        family="did_i",
        period="all_time",
        name="Kraftwerk",
    ),
    Fresh(
        text="am Samstag, hab ich da The Daily gehört oder nich",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="wat lief gestern Abend so",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ick heute früh gehört, war noch komplett verpeilt",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief bei uns letztes Wochenende in der Küche",
        family="what_played",
        period="last_weekend",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="welche Tracks hab ick vorgestern gespielt",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="am dritten November, was hab ich da so gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welcher Track lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern Abend um zehn nach acht, wat war det für'n Track",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wie würdest du meinen Musikgeschmack so beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was hab ich so für'n Vibe, musikalisch jetzt",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ick normalerweise am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann bin ich so am aktivsten, welcher Tag, welche Uhrzeit, gib mal",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ick in letzter Zeit neue Artists entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Artists waren diesen Sommer neu für mich",
        family="new_artists",
        period="summer",
    ),
    Fresh(
        text="wie oft skipp ich eigentlich Tracks, ehrlich jetzt",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch war meine Skip Rate last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="hör ick eigentlich immer die gleichen Tracks rauf und runter",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie sieht meine Repeat Rate die letzten drei Monate aus",
        family="repeat",
        period="last_3_months",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ick jetzt schon Musik laufen gehabt",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wie lang is meine Streak grad",
        family="streak",
    ),
    Fresh(
        text="wann hab ick D.A.N.C.E. zum allerersten Mal gehört",
        family="first_play",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="seit wann taucht Café Tacvba bei mir in der History auf",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt One More Time",
        family="last_play",
        name="One More Time",
    ),
    Fresh(
        text="wann hab ick das letzte Mal Queen gehört, is schon ewig her oder",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="was war der letzte Track, den ick gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="letzter Song, wat war det nochmal",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Track bin ick heute in den Tag gestartet",
        family="first_today",
    ),
    Fresh(
        text="was war heute der erste Song",
        family="first_today",
    ),
    Fresh(
        text="was war gestern der erste Track",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ick letzten Freitag angefangen, so der Opener",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was lief am Samstag als letztes",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="der letzte Song im August, welcher war das",
        family="last_in",
        period="august",
    ),
    Fresh(
        text="welchen Track skipp ick am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher Song wird bei mir am meisten geskippt, so dieses Jahr",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="welchen Artist skipp ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skipp ich so am häufigsten seit Montag, Artist mäßig",
        family="most_skipped_artist",
        period="since_monday",
    ),
    Fresh(
        text="welcher Track läuft bei mir grad on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welcher Song hat mich gerade so richtig gepackt, den ich nich ausmachen kann",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein November so musikalisch",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wie lief das Jahr so bei mir, kurzer Rückblick",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="hör ick morgens oder abends mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so'n Nachmittags- oder Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="läuft am Wochenende mehr Musik als unter der Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich unter der Woche mehr oder am Weekend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk in der Küche",
    "mach mal lauter",
    "skip den Track, der is nix",
    "was läuft hier gerade",
    "welcher Song is das",
    "pausier mal den Podcast",
    "nächster Track",
    "mach das Küchenlicht aus",
    "spiel das Album Discovery",
    "Shuffle an",
    "Repeat aus bitte",
    "Timer auf zwölf Minuten",
    "wie wird das Wetter morgen in Berlin",
    "pack Hafermilch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "verbinde die Küchenbox mit der im Wohnzimmer",
    "Lautstärke auf dreißig",
    "nimm mal bisschen Bass raus",
    "spiel mal irgendwas Deepes, so Minimal",
    "spiel Genesis von Justice",
    "spiel die neue Folge The Daily",
    "stopp die Musik",
    "spul mal dreißig Sekunden vor",
    "wer is der Artist von dem Track grad",
    "weck mich um elf",
]
