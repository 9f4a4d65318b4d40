"""Writer 51, a chatty warm person (from Cologne), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Jo, sag ens, isch hab dat jestern meiner Nachbarin erzählt und wusst et nit mehr: wer is eigentlich in letzter Zeit mein Lieblingskünstler, wen hör isch am meisten, ne?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wer war denn bei uns letzten Monat die Nummer eins, wat für ne Band lief da am meisten?",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="In der Küche, wat meinste, welcher Künstler läuft da am allermeisten?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Ach, wat war dann mein Lieblingslied dieses Jahr, dat Lied, wat isch am meisten jespielt hab? Danke dir, Schätzje!",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Sach ma, die drei Lieder, die isch im Oktober am meisten jehört hab, welche waren dat dann?",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wat war letzten Sommer mein Lieblingslied? Dat weiß isch beim besten Willen nit mehr, et war so heiß.",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Isch wollt mir ne Schallplatte kaufen, jo, welches Album hab isch denn am meisten jehört, so insjesamt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welches Album lief denn bei mir seit März am häufigsten, dat Album, wat isch rauf und runter jehört hab?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Welcher Podcast läuft bei mir am meisten seit Oktober, wat meinste?",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="Leck mich en de Täsch, isch glaub isch hatte hück den janzen Tach Musik an, wie lange lief dat denn hück?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab isch letzte Woche jehört, also alles zusammen, Musik und Podcast?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang hab isch im Sommer Podcasts jehört, dat würd misch mal interessieren, ehrlich.",
        family="listening_time",
        period="summer",
        content="podcasts",
    ),
    Fresh(
        text="Isch bin neujierisch: wie lange hab isch in den letzten dreißig Tagen Musik jehört, so ungefähr?",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Lieder hab isch jestern jespielt, weißte dat? Dat waren bestimmt en janze Menge.",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie oft lief bei mir wat in den letzten sieben Tagen, insjesamt, alles zusammenjezählt?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab isch dieses Jahr jehört, jo? Isch bin ja vielseitig, ne?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Lieder waren dat im letzten Monat, also verschiedene, nit immer datselbe?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie oft hab isch denn Bohemian Rhapsody jehört diesen Monat? Isch bin da janz jeck drauf.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wat meinste, wie oft lief Daft Punk in letzter Zeit bei mir?",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="Mein Neffe sagt, isch hör Radiohead, wie oft hab isch die denn jemals jehört?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Hab isch jestern Abend Queen jehört? Isch mein schon, aber isch weiß et nit mehr jenau.",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Sach ens, lief am Samstag wat von Justice bei mir?",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="Dat Album Moon Safari, hab isch dat diesen Sommer überhaupt mal jehört?",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    Fresh(
        text="Haben wir letzte Woche The Daily jehört, also bei uns zu Hause, oder nit?",
        family="did_i",
        period="last_week",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Wat hab isch denn heute Morjen so jehört, erzähl mal?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Wat lief bei uns vorjestern so an Musik?",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wat lief dann jestern um Viertel vor acht? Dat war so schön, isch hab den Titel verpasst.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Hück Morjen um halb neun, wat lief da, weißte dat?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat war dat für ein Lied jestern Abend so um acht, jenau um acht Uhr?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Wie würdste meinen Musikjeschmack beschreiben, so ehrlich? Mein Mann sagt, isch hör nur Quatsch.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör isch eigentlich meistens Musik, so Uhrzeit und Wochentag, dat würd misch interessieren, ne?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch in letzter Zeit jemand Neues entdeckt, so nen Künstler, den isch vorher nit kannte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche neuen Bands hab isch seit März zum ersten Mal jehört?",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="Überspring isch eigentlich viel? Isch hab dat Jefühl, isch drück dauernd weiter.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hör isch immer datselbe, so die janzen Lieder immer wieder? Wie oft wiederhol isch misch da?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück hab isch jetzt schon wat jehört, jo?",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch dat erste Mal Café Tacvba jehört? Dat hat mir die Rosa empfohlen.",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief Wet Leg bei mir zum ersten Mal, wenn überhaupt?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Wann hab isch zuletzt Don't Stop Me Now jehört? Dat is doch mein Lied!",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wat war dat letzte Lied, wat isch jehört hab? Dat hab isch noch im Ohr.",
        family="last_song",
    ),
    Fresh(
        text="Wat war hück dat erste Lied, mit dem isch wach jeworden bin?",
        family="first_today",
    ),
    Fresh(
        text="Wat war dat erste Lied letzten Freitag, weißte dat noch?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wat hab isch jestern als letztes jehört, bevor isch ins Bett bin?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Lied überspring isch am meisten, dat, wat isch nit mehr hören kann?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler überspring isch am häufigsten, wer nervt misch da so?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat für ein Lied hab isch jrad in Dauerschleife, wat läuft da ständig?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war mein Oktober so musikalisch? Isch hör dat jern.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jo, jib mir mal nen Rückblick, wie lief dat mit der Musik so?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war mein Jahr so, mit der Musik, dat janze Jahr?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör isch mehr morjens oder abends, wat meinste? Isch bin ja eher ne Nachteule.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör isch am Wochenende mehr als unter der Woche, oder is dat umjekehrt?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mal Daft Punk in der Küche, jo?",
    "Mach die Musik ens lauter, isch hör nix.",
    "Wat läuft da jrad in der Küche?",
    "Wat is dat für ein Lied? Dat is ja schön.",
    "Überspring dat Lied, dat kann isch nit mehr hören.",
    "Pausier den Podcast, et klingelt an der Tür.",
    "Nächstes Lied im Wohnzimmer, bitte.",
    "Mach dat Licht in der Küche aus, sei so jut.",
    "Spiel dat Album Discovery, danke Schätzje.",
    "Lautstärke auf fünf, bitte.",
    "Mach ens Zufallswiedergabe an.",
    "Stell dat Lied auf Wiederholen, dat is so schön.",
    "Verbind die Lautsprecher in Küche und Wohnzimmer.",
    "Stell mir nen Timer auf zwanzig Minuten für den Kuchen.",
    "Wie wird dat Wetter morjen in Köln? Isch will zum Markt.",
    "Schreib Kölsch auf die Einkaufsliste, zwei Kästen.",
    "Stell die Heizung auf zweiundzwanzig Grad, et is kalt hück.",
    "Wat hör isch jrad eigentlich?",
    "Spiel Queen, aber laut, jo!",
    "Spiel die neueste Folge von The Daily.",
    "Mach die Musik aus, isch will schlafen.",
    "Leiser in der Küche, dat is ja viel zu laut.",
    "Spiel wat von den Höhnern, et is bald Karneval!",
    "Wer singt dat jrad?",
    "Spul mal dreißig Sekunden vor im Podcast.",
]
