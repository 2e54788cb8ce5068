"""Text handling shared by sentiment training and inference: normalization, language check, sentence chunks.

Kept free of torch/transformers imports so the CLI and tests import it cheaply.
"""

from __future__ import annotations

import html
import re
import unicodedata

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")


def label_index(p) -> int:
    """The label of [p_negative, p_neutral, p_positive] as the warehouse's views read it (`scored_mentions`):
    a polar class wins only when it beats the other polar class and is not below neutral, so an exact tie of
    negative and positive is neutral. Training, evaluation and labeling all call this one rule."""
    neg, neu, pos = float(p[0]), float(p[1]), float(p[2])
    if pos > neg and pos >= neu:
        return 2
    if neg > pos and neg >= neu:
        return 0
    return 1


def label_indices(probs):
    """`label_index` of every row of an (n, 3) array, as an integer array."""
    import numpy as np

    p = np.asarray(probs, dtype=float).reshape(-1, 3)
    neg, neu, pos = p[:, 0], p[:, 1], p[:, 2]
    return np.where((pos > neg) & (pos >= neu), 2, np.where((neg > pos) & (neg >= neu), 0, 1))

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


# What Reddit shows in place of a body that is gone: a moderator's or the author's removal, not an opinion.
PLACEHOLDERS = frozenset({"[removed]", "[deleted]", "[removed by reddit]", "[removed by moderator]",
                          "[ removed by reddit ]", "[deleted by user]"})


# A newsletter's or blog's call to action ("Thanks for reading X!", "Subscribe for free to receive new posts") says
# nothing about the model an article is about, though it reads as warm.
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:thanks? (?:you )?for reading|subscribe\b|sign up\b|share this\b|follow (?:me|us)\b|"
    r"if you (?:enjoyed|liked) this|leave a comment|support (?:my|our) work|become a (?:paid )?(?:member|subscriber))",
    re.IGNORECASE)


def is_call_to_action(sentence: str) -> bool:
    return bool(_CALL_TO_ACTION.match(sentence))


def is_placeholder(text: str | None) -> bool:
    return (text or "").strip().lower() in PLACEHOLDERS


def text_problem(text: str | None) -> str | None:
    """Why a text gets no label, or None when it is classifiable.

    'empty': None, empty or whitespace only. 'placeholder': Reddit's `[removed]` / `[deleted]` stand-ins. 'no_text': no letters at all once links and @handles are removed
    (emoji-only, punctuation, numbers, a bare link). 'non_english': mostly non-Latin letters, or a text of several
    words whose function words are foreign rather than English.
    """
    if text is None or not text.strip():
        return "empty"
    if is_placeholder(text):
        return "placeholder"
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


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each piece `split_sentences` returns, as offsets into `text` (whitespace trimmed)."""
    bounds, start = [], 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary is not None else len(text)
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            bounds.append((left, start + len(piece.rstrip())))
        if boundary is not None:
            start = boundary.end()
    return bounds


# Reddit's sarcasm tag: "/s" after a sentence says it means the opposite ("Wow, 5.5 is sooo much better. /s").
# It stands alone (after a space, a line start or sentence punctuation) and is not part of a path ("r/x/s/abc").
_SARCASM_TAG = re.compile(r"(?:^|(?<=[\s.!?…,]))/s(?![\w/])", re.MULTILINE)


def sarcastic_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence a "/s" tag marks as sarcastic: the one the tag ends (the text before the tag
    back to the previous sentence end). A tag with no text before it marks nothing."""
    ranges = []
    for tag in _SARCASM_TAG.finditer(text):
        before = sentence_bounds(text[: tag.start()])
        if before and before[-1] not in ranges:
            ranges.append(before[-1])
    return ranges


# Words right before a model's name that make it the yardstick another model is measured against ("worse than
# 5.4", "underwhelming compared to 5.4", "switched back to 5.4 over this") or a likeness ("feels like 5.4").
_YARDSTICK = re.compile(
    r"(?:\bthan|\bcompared\s+(?:to|with)|\bvs\.?|\bversus|\bover|\binstead\s+of|\bagainst|\brelative\s+to|"
    r"\bbehind|\bbeats?|\boutperforms?)\s+(?:(?:the|good|old|plain|original|trusty|previous)\s+)*$",
    re.IGNORECASE,
)
# A likeness only where "like" follows a verb of seeming or being ("feels like 5.4", "is just like 5.4"): after a
# subject it is the verb ("I like 5.5", praise), after a noun it means "such as" ("models like Claude"), and both
# carry the clause's own verdict. "as" only in "as good as X" (not "as well as X") and "the same as X"; "just X" only
# after a copula ("it's just 5.4 with a new name").
_LIKENESS = re.compile(
    r"(?:\b(?:feels?|felt|feeling|looks?|looked|looking|seems?|seemed|sounds?|sounded|is|was|are|were|be|been|being|"
    r"acts?|acting|behaves?|behaving|reads?|writes?|codes?|talks?|works?|just|exactly|more|nothing|something|"
    r"anything|basically|kinda|kind\s+of|sort\s+of|pretty\s+much)\s+like|(?<=['’])s\s+like"
    r"|\bas\s+(?!well\b)\w+\s+as|\bsame\s+as|\bsimilar\s+to"
    r"|(?:\b(?:is|was|are|were|be)|(?<=['’])s)\s+(?:\w+\s+)?just)"
    r"\s+(?:(?:the|good|old|plain)\s+)*$",
    re.IGNORECASE,
)
# Where one clause about one model ends and the next begins: "5.5 codes better, but 5.4 still writes better".
_CLAUSE_BREAK = re.compile(r"\s*(?:;|,?\s+(?:but|while|whereas|although|though|however|yet)\b,?|\s+-{1,2}\s+|\s+[–—]\s+)\s*",
                           re.IGNORECASE)


def yardstick_cue(before: str) -> str | None:
    """'comparison' when the text just before a model's name makes it the yardstick, 'likeness' for "like X"."""
    if _YARDSTICK.search(before):
        return "comparison"
    if _LIKENESS.search(before):
        return "likeness"
    return None


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `text` around [start, end): its sentence, cut at contrast words and semicolons."""
    left, right = 0, len(text)
    for s, e in sentence_bounds(text):
        if s <= start < e or (s < end <= e):
            left, right = s, max(e, end)
            break
    for cut in _CLAUSE_BREAK.finditer(text, left, right):
        if cut.end() <= start:
            left = cut.end()
        elif cut.start() >= end:
            right = cut.start()
            break
    return left, right
