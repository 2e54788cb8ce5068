"""Text handling shared by sentiment training and inference: normalization, language check, sentence chunks.

Kept free of torch/transformers imports so the CLI and tests import it cheaply.
"""

from __future__ import annotations

import html
import re
import unicodedata

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@\w{1,30}")
_USER_REF = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{2,30}")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_NEWLINES = re.compile(r"\n{3,}")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def decode_escapes(text: str) -> str:
    r"""Turn literal ``\uXXXX`` escapes (as kept in the SemEval files) into characters; surrogate pairs joined."""
    if "\\u" not in text:
        return text
    decoded = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    try:
        return decoded.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return decoded.encode("utf-8", "replace").decode("utf-8", "replace")


def normalize_text(text: str) -> str:
    """The text the model sees: HTML entities decoded, links -> 'http', @handles and u/users -> '@user'.

    This is the TweetEval convention (the model is trained and tuned on tweets normalized this way).
    """
    text = html.unescape(text)
    text = _URL.sub("http", text)
    text = _MENTION.sub("@user", text)
    text = _USER_REF.sub("@user", text)
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n\n", text)
    return text.strip()


# ------------------------------------------------------------------------------------- language / emptiness

_EN_STOP = frozenset(
    """a about after all also am an and any are as at be because been but by can could did do does don't for from
    get got had has have he her him his how i i'm if in into is it it's its just like me more my no not now of on
    one only or our out so some than that the their them then there they this to too up us very was we were what
    when which who why will with would you your""".split()
)
# Frequent function words of other Latin-script languages that are not English words.
_FOREIGN_STOP = frozenset(
    """de la que el los las por para con una del se lo como pero esta este muy más mas ya también tambien es
    und der die das ist nicht ich du sie wir ein eine mit auf für fur den dem des auch sich nur noch wie
    le les des est pas je tu il elle nous vous une avec pour sur dans qui mais ce cette sont ont
    il di che non per una sono della gli ma anche questo
    het een niet ik je dat van zijn wat voor ook maar
    não nao um uma com por mais os as mas isso está""".split()
) - _EN_STOP
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def text_problem(text: str | None) -> str | None:
    """Why a text gets no label, or None when it is classifiable.

    'empty': None, empty or whitespace only. 'no_text': no letters at all once links and @handles are removed
    (emoji-only, punctuation, numbers, a bare link). 'non_english': mostly non-Latin letters, or a text of several
    words whose function words are foreign rather than English.
    """
    if text is None or not text.strip():
        return "empty"
    stripped = _MENTION.sub(" ", _URL.sub(" ", html.unescape(text)))
    letters = [c for c in stripped if c.isalpha()]
    if not letters:
        return "no_text"
    ascii_letters = sum(1 for c in letters if c.isascii())
    latin = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
    if latin / len(letters) < 0.5 or ascii_letters / len(letters) < 0.5:
        return "non_english"
    words = [w.lower() for w in _WORD.findall(stripped)]
    if len(words) >= 4:
        en = sum(1 for w in words if w in _EN_STOP)
        foreign = sum(1 for w in words if w in _FOREIGN_STOP)
        if foreign >= 2 and foreign > en:
            return "non_english"
    return None


# --------------------------------------------------------------------------------------------- sentences

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentence-ish pieces: split after . ! ? … before a capital/digit, and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
