"""Issue 45's eighty-sixth turn: the lead's own mends, from the held-out writers 572 and 573.

Two writers of the last turn were held out and scored only on its final
code. Their ten wrong facts were each a general habit:

- A Syrian in Manchester (572): "today afternoon 5 and quarter" is a
  quarter past five (khamsa w rubʿ), as Spanish "y cuarto" is; "what style
  I am listen usually" asks the taste, whatever verb follows "style".
- A Highland crofter (573): "this while back" is lately; "was it Queen or
  them French lads I had on most" sets two names against each other (the
  artists ranked, never songs); "the podcasts I mean, not the music...
  which one" names its kind before an ellipsis; "how much of the podcasts
  did I listen to, in hours like" is time, never a name "of the podcasts";
  "on Friday past" is last Friday, even on a Friday.
- A Neukölln woman (572): "wie oft hab ich Songs nochmal gehört" is the
  repeat rate ("nochmal" had been dropped as a filler and the plays
  counted).
- A Tyrolean farmer (573): "Somstig", "Nochmittag", "Obnd"; "dr" after a
  time is the article of the name after it.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "today afternoon 5 and quarter what i play",
        "what did i play this afternoon at quarter past 5",
    ),
    (
        "en",
        "at 8 and quarter this morning what was on",
        "what did I play at quarter past eight this morning",
    ),
    ("en", "yani what style i am listen usually", "what is my taste"),
    ("en", "what style do I listen to usually", "what is my taste"),
    (
        "en",
        "och, who is it I've been listening to the most, this while back",
        "who have I been listening to the most lately",
    ),
    (
        "en",
        "what have I been playing this past while",
        "what have I been playing lately",
    ),
    (
        "en",
        "was it Queen or them French lads I had on most last year, which was it",
        "who did I listen to the most last year",
    ),
    (
        "en",
        "did I play Queen or Daft Punk more last year",
        "who did I listen to the most last year",
    ),
    (
        "en",
        "did I play more Air or Justice this month",
        "who did I listen to the most this month",
    ),
    (
        "en",
        "who did I play more last week, Queen or Air",
        "who did I listen to the most last week",
    ),
    (
        "en",
        "the podcasts I mean, not the music... which one was I hooked on lately",
        "which podcast was I hooked on lately",
    ),
    (
        "en",
        "how much of the podcasts did I listen to this month, in hours like",
        "how long did I listen to podcasts this month",
    ),
    (
        "en",
        "what were we listening to on Friday past, himself and me",
        "what were we listening to last Friday",
    ),
    ("en", "did I have any Air on Saturday gone", "did I have any Air last Saturday"),
    (
        "de",
        "letzte sieben tage wie oft hab ich songs nochmal gehört",
        "wie oft wiederhole ich Lieder in den letzten sieben Tagen",
    ),
    (
        "de",
        "wie oft hab ich Lieder wieder gehört dieses Jahr",
        "wie oft wiederhole ich Lieder dieses Jahr",
    ),
    ("de", "Wos isch am Somstig als erschts glaufn", "was lief am Samstag als Erstes"),
    (
        "de",
        "Nochmittag oder Obnd, wann los i mehr",
        "höre ich mehr nachmittags oder abends",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Isch am Somstig dr Daily glaufn",
        "lief am Samstag The Daily",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("en", "play Queen or Daft Punk, whichever"),
    ("en", "set a timer for 5 and a half minutes"),
    ("en", "what's the weather on Friday past noon"),
    ("de", "spiel am Samstag Musik im Wohnzimmer"),
    ("de", "wia vui Grad war des de letzten sieben Tag"),
    ("de", "Im Sommer, wie warm war es da im Schnitt"),
)
