"""How names are compared and albums keyed: the normal form the history stores.

The writer, the migrations and the name search all use these, so they live with
the store: changing either function changes stored columns and needs a migration.
"""

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
# What `_NON_WORD` makes of an ASCII name, a byte at a time: letters and
# digits stay, anything else is a space. `bytes.translate` is four times
# faster than the regular expression, and the writer normalises each new
# title, album and artist of an import (150,000 titles in a million rows).
_ASCII_WORDS = bytes(
    code if chr(code).isalnum() and code < 128 else ord(" ") for code in range(256)
)
# Combining marks (accents) left by NFKD decomposition; a regex rather than a
# loop over `unicodedata.combining`, as the writer normalises every new name.
_MARKS = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
# Letters that Unicode does not decompose into a base letter and an accent.
_PLAIN = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "\u0131": "i",
    }
)


def album_key(artist_id: int | None, album: str, *, norm: str | None = None) -> int:
    """Return the key of an album: its normalised title and its artist's id.

    A 47-bit integer (of a BLAKE2 digest), so rankings group albums by a
    number in an index rather than by their text. Stored (`plays.album_key`):
    changing this needs a migration. `norm` is `normalize_name(album)`, when
    the caller has it already.
    """
    if norm is None:
        norm = normalize_name(album)
    digest = hashlib.blake2b(
        f"{artist_id or 0}\x1f{norm}".encode(), digest_size=8
    ).digest()
    # 47 bits: six bytes in SQLite's records and indexes, not eight; among
    # a hundred thousand albums the odds of a clash stay below one in 10^4.
    return int.from_bytes(digest, "big") >> 17


def normalize_name(text: str) -> str:
    """Return `text` as names are compared: "The Beyoncé!" -> "beyonce".

    Case, accents, punctuation, spacing and a leading "the" do not count.
    The result is stored (`artists.name_norm`, `items.title_norm`,
    `items.album_norm`): changing this function needs a migration that
    normalises the stored names again.
    """
    folded = text.casefold()
    if folded.isascii():
        words = folded.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
    else:
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded).translate(_PLAIN))
        words = _NON_WORD.sub(" ", folded).split()
    if len(words) > 1 and words[0] == "the":
        del words[0]
    if not words:
        # A name of punctuation only ("!!!") is its own normal form.
        return text.casefold().strip()
    return " ".join(words)
