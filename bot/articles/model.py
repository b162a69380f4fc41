"""The article engine's value types: plain, immutable, Discord-free.

Every span (`start`, `end`) is a Python string index into `Article.text`, the file's
decoded text with any BOM removed, so that tools can line results up with the file.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, overload

import zstandard

QuoteKind = Literal["direct", "partial", "indirect"]
PersonKind = Literal["person", "organisation"]
# How a statement's speaker was found, from surest to least sure: named in the quote's own
# sentence; a pronoun, surname or role resolved to an earlier mention; carried over from
# a neighbouring quote or paragraph; or not attributed in the article at all.
Attribution = Literal["named", "resolved", "carried", "unattributed"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; `text` has its whitespace folded, the span points at the original."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int


class SpanSentence(Sentence):
    """A sentence whose text is exactly its span of the article's text: it keeps a
    reference to that text and slices it when asked, instead of a copy of its own
    (sentence copies were the largest part of a loaded library). What the analysis
    cache rebuilds; equal to, and hashed as, the Sentence with the same values."""

    __slots__ = ("_source",)
    _source: str

    def __new__(cls, *args: Any, **kwargs: Any) -> Sentence:  # type: ignore[misc]
        """Built like a Sentence (dataclasses.replace does), it is one."""
        return Sentence(*args, **kwargs)

    @classmethod
    def of(cls, source: str, start: int, end: int, paragraph: int, index: int) -> Sentence:
        """The sentence at source[start:end]."""
        self = object.__new__(cls)
        setter = object.__setattr__
        setter(self, "_source", source)
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "paragraph", paragraph)
        setter(self, "index", index)
        return self

    @property  # type: ignore[override]
    def text(self) -> str:
        return self._source[self.start : self.end]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return (self.text, self.start, self.end, self.paragraph, self.index) == (
            other.text,
            other.start,
            other.end,
            other.paragraph,
            other.index,
        )

    __hash__ = Sentence.__hash__

    def __repr__(self) -> str:
        return (
            f"Sentence(text={self.text!r}, start={self.start!r}, end={self.end!r}, "
            f"paragraph={self.paragraph!r}, index={self.index!r})"
        )

    def __reduce__(self) -> tuple:
        return Sentence, (self.text, self.start, self.end, self.paragraph, self.index)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph is its sentences: they cover it, so its text is not stored twice."""

    start: int
    end: int
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


class Paragraphs(Sequence[Paragraph]):
    """An article's text, paragraphs and sentences, held compactly: the text compressed
    (Zstandard) and the paragraphs and sentences as one array of spans into it.

    A loaded library holds hundreds of thousands of articles; their texts and one object
    per sentence and paragraph were most of its memory (4.9 KB an article at 10,000
    BBC articles, against 1.8 KB so). The text and the objects are built when asked, and the most
    recently built articles' are kept (`_RECENT`), so an engine that walks one article
    sentence by sentence builds them once, and a warm start builds none. Equal to the
    tuple of paragraphs it was made of."""

    __slots__ = ("_count", "_folded", "_packed", "_sentence_count", "_spans")
    _packed: bytes | str  # the text: Zstandard-compressed UTF-8, or as is when short
    _spans: array
    _folded: tuple[tuple[int, str], ...]  # sentences whose text is not their span (folded)
    _count: int
    _sentence_count: int

    def __init__(self, text: str, paragraphs: Iterable[Paragraph] = ()) -> None:
        spans: list[int] = []
        folded: list[tuple[int, str]] = []
        count = 0
        for paragraph in paragraphs:
            count += 1
            spans.extend((paragraph.start, paragraph.end, len(paragraph.sentences)))
            for sentence in paragraph.sentences:
                spans.extend((sentence.start, sentence.end))
                if sentence.text != text[sentence.start : sentence.end]:
                    folded.append((sentence.index, sentence.text))
        self._packed = _packed(text)
        self._spans = _compact(spans)
        self._folded = tuple(folded)
        self._count = count
        self._sentence_count = (len(spans) - 3 * count) // 2

    @classmethod
    def stored(
        cls,
        packed: bytes | str,
        spans: array,
        folded: tuple[tuple[int, str], ...],
    ) -> Paragraphs:
        """Paragraphs from their stored form (`stored_form`)."""
        self = object.__new__(cls)
        self._packed = packed
        self._spans = spans
        self._folded = folded
        count = cursor = 0
        while cursor < len(spans):
            cursor += 3 + 2 * spans[cursor + 2]
            count += 1
        self._count = count
        self._sentence_count = (len(spans) - 3 * count) // 2
        return self

    def stored_form(self) -> tuple[bytes | str, str, bytes, tuple[tuple[int, str], ...]]:
        """What pickles an article: the packed text, the spans' typecode and bytes, the
        folded sentences."""
        return self._packed, self._spans.typecode, self._spans.tobytes(), self._folded

    def _recent(self) -> list[Any]:
        """[self, text, (paragraphs, sentences) or None]: this article's entry among the
        recently used ones, made (the text decompressed) if it is not there."""
        global _LAST
        last = _LAST  # the engine reads one article's text hundreds of times in a row
        if last[0] is self:
            return last
        key = id(self)
        with _RECENT_LOCK:
            entry = _RECENT.get(key)
            if entry is not None:
                _RECENT.move_to_end(key)
        if entry is None:
            entry = [self, _unpacked(self._packed), None]
            with _RECENT_LOCK:
                _RECENT[key] = entry
                if len(_RECENT) > _RECENT_ARTICLES:
                    _RECENT.popitem(last=False)
        _LAST = entry  # one assignment: other threads see this entry or the one before
        return entry

    def _built(self) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
        last = _LAST  # the article read last, built: no call of _recent
        if last[0] is self and last[2] is not None:
            return last[2]  # type: ignore[no-any-return]
        entry = self._recent()
        built = entry[2]
        if built is None:  # two threads may both build: the same, harmless
            built = entry[2] = _build(entry[1], self._spans, self._folded)
        return built

    @property
    def text(self) -> str:
        return self._recent()[1]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._built()[1]

    @property
    def sentence_count(self) -> int:
        """len(sentences), without building them."""
        return self._sentence_count

    def opening_texts(self, count: int) -> tuple[str, ...]:
        """The texts of the first `count` sentences, without building every sentence
        when they are not built already (a story's mark needs its opening only)."""
        entry = self._recent()
        if entry[2] is not None:
            return tuple(s.text for s in entry[2][1][:count])
        text, spans, folded = entry[1], self._spans, dict(self._folded)
        out: list[str] = []
        cursor = 0
        while cursor < len(spans) and len(out) < count:
            sentences = spans[cursor + 2]  # a paragraph: start, end, its sentences' count
            cursor += 3
            for _ in range(min(sentences, count - len(out))):
                own = folded.get(len(out))
                out.append(own if own is not None else text[spans[cursor] : spans[cursor + 1]])
                cursor += 2
        return tuple(out)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Paragraph, ...]: ...
    def __getitem__(self, index: int | slice) -> Paragraph | tuple[Paragraph, ...]:
        return self._built()[0][index]

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self._built()[0])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Paragraphs):
            return (self._spans, self._folded) == (other._spans, other._folded) and (
                self._packed == other._packed or self.text == other.text
            )
        if isinstance(other, tuple):
            return self._built()[0] == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._built()[0])

    def __repr__(self) -> str:
        return repr(self._built()[0])

    def __reduce__(self) -> tuple:
        """As itself: the statements of its article (`SpanQuote`) refer to it."""
        return _stored_paragraphs, self.stored_form()


_RECENT_ARTICLES = 512
_RECENT: OrderedDict[int, list[Any]] = OrderedDict()
_RECENT_LOCK = threading.Lock()
_LAST: list[Any] = [None, "", None]  # the entry of the article read last, any thread
_PACK_FROM = 512  # characters: shorter texts gain too little to be worth compressing
_CODECS = threading.local()


def _stored_paragraphs(
    packed: bytes | str, typecode: str, spans: bytes, folded: tuple[tuple[int, str], ...]
) -> Paragraphs:
    values = array(typecode)
    values.frombytes(spans)
    return Paragraphs.stored(packed, values, folded)


def _codecs() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    """This thread's Zstandard contexts (a context serves one thread at a time)."""
    codecs = getattr(_CODECS, "pair", None)
    if codecs is None:
        codecs = _CODECS.pair = (zstandard.ZstdCompressor(level=3), zstandard.ZstdDecompressor())
    return codecs


def _packed(text: str) -> bytes | str:
    """Zstandard, not zlib: as small (about half the text) at a fifth of the time to
    compress and less than half to decompress, which every cold load and every article
    a command reads pays (15 and 5 microseconds a BBC article here, against 68 and 13)."""
    if len(text) < _PACK_FROM:
        return text
    return _codecs()[0].compress(text.encode("utf-8", "surrogatepass"))


def _unpacked(packed: bytes | str) -> str:
    if isinstance(packed, str):
        return packed
    return _codecs()[1].decompress(packed).decode("utf-8", "surrogatepass")


def _compact(values: list[int]) -> array:
    """The smallest array that holds the spans: two bytes each for any article under
    64 KiB of text."""
    typecode = "H" if not values or (min(values) >= 0 and max(values) < 1 << 16) else "q"
    return array(typecode, values)


def _build(
    text: str, spans: array, folded: tuple[tuple[int, str], ...]
) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    shared = SHARED_INTS
    top = len(shared)
    values = [shared[v] if 0 <= v < top else v for v in spans]
    texts = dict(folded)
    span = SpanSentence.of
    paragraphs: list[Paragraph] = []
    flat: list[Sentence] = []
    cursor = index = 0
    while cursor < len(values):
        start, end, count = values[cursor : cursor + 3]
        cursor += 3
        sentences = []
        number = shared[len(paragraphs)] if len(paragraphs) < top else len(paragraphs)
        for _ in range(count):
            s, e = values[cursor], values[cursor + 1]
            cursor += 2
            sentence_text = texts.get(index) if texts else None
            at = shared[index] if index < top else index
            if sentence_text is None:
                sentences.append(span(text, s, e, number, at))
            else:
                sentences.append(Sentence(sentence_text, s, e, number, at))
            index += 1
        paragraphs.append(Paragraph(start, end, tuple(sentences)))
        flat.extend(sentences)
    return tuple(paragraphs), tuple(flat)


@dataclass(frozen=True, slots=True, init=False)
class Article:
    """A parsed article. `key` is its path relative to the articles folder (posix).

    Built from its text and any sequence of Paragraph; it keeps both as `Paragraphs`
    (compressed text, spans), which builds the text and the objects on demand."""

    key: str
    path: str
    title: str
    subtitle: str | None
    byline: str | None
    dateline: str | None
    published: datetime | None
    modified: float
    paragraphs: Sequence[Paragraph]
    source: str | None
    url: str | None
    warnings: tuple[str, ...]
    size: int

    def __init__(
        self,
        key: str,
        path: str,
        text: str | None = None,
        title: str = "",
        subtitle: str | None = None,
        byline: str | None = None,
        dateline: str | None = None,
        published: datetime | None = None,
        modified: float = 0.0,
        paragraphs: Sequence[Paragraph] = (),
        source: str | None = None,
        url: str | None = None,
        warnings: tuple[str, ...] = (),
        size: int = 0,
    ) -> None:
        """As a dataclass would, with `text` kept inside `paragraphs`; `text` None only
        when `paragraphs` already holds it (a copy made by dataclasses.replace)."""
        if not isinstance(paragraphs, Paragraphs) or text is not None:
            paragraphs = Paragraphs(text or "", paragraphs)
        setter = object.__setattr__
        for name, value in (
            ("key", key), ("path", path), ("title", title), ("subtitle", subtitle),
            ("byline", byline), ("dateline", dateline), ("published", published),
            ("modified", modified), ("paragraphs", paragraphs), ("source", source),
            ("url", url), ("warnings", warnings), ("size", size),
        ):  # fmt: skip
            setter(self, name, value)

    @property
    def text(self) -> str:
        """The file's decoded text (any BOM removed); every span points into it."""
        last = _LAST  # the article read last, read here: no call of _layout and _recent
        if last[0] is self.paragraphs:
            return last[1]
        return self._layout._recent()[1]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        last = _LAST  # the article read last, with its sentences built (as in text)
        if last[0] is self.paragraphs and last[2] is not None:
            return last[2][1]
        return self._layout._built()[1]

    @property
    def sentence_count(self) -> int:
        """len(sentences), without building them (a warm start builds none)."""
        return self._layout.sentence_count

    def opening_texts(self, count: int) -> tuple[str, ...]:
        """The texts of the first `count` sentences, without building the others."""
        return self._layout.opening_texts(count)

    @property
    def _layout(self) -> Paragraphs:
        return self.paragraphs  # type: ignore[return-value]  # always, see __init__

    def __reduce__(self) -> tuple:
        """Pickle the packed text and the spans only (`Paragraphs`): sentences and
        paragraphs are rebuilt from them when asked, which is several times faster than
        pickling each object when worker processes hand thousands of articles back to
        the loader, or the analysis cache reads a whole library. Statements pickled with
        the article share its `Paragraphs` (the pickle's memo)."""
        fields: tuple[Any, ...] = (self.key, self.path, self.title, self.subtitle)
        fields += (self.byline, self.dateline, self.published, self.modified, self.source, self.url)
        return _rebuild_article, (fields, self.warnings, self.size, self.paragraphs)

    @property
    def date(self) -> datetime:
        """When the article counts as written: `published`, else the file's mtime."""
        if self.published is not None:
            return self.published
        return datetime.fromtimestamp(self.modified, tz=UTC)

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


def _rebuild_article(
    fields: tuple[Any, ...], warnings: tuple[str, ...], size: int, layout: Paragraphs
) -> Article:
    """Rows of another layout are never read: the engine version covers this module."""
    key, path, title, subtitle, byline, dateline, published, modified, source, url = fields
    return Article(
        key,
        path,
        None,
        title,
        subtitle,
        byline,
        dateline,
        published,
        modified,
        layout,
        source,
        url,
        warnings,
        size,
    )


@dataclass(frozen=True, slots=True)
class Person:
    """A speaker: a person, or an organisation or place that speaks for a body."""

    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    kind: PersonKind = "person"

    def __reduce__(self) -> tuple:
        return _by_position(self)


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement: `text` is the quoted words (without marks) or the reported clause."""

    text: str
    kind: QuoteKind
    speaker: str | None
    start: int
    end: int
    sentence: int
    speaker_role: str | None = None
    cue: str | None = None
    how: Attribution = "named"

    def __reduce__(self) -> tuple:
        return _by_position(self)


class SpanQuote(Quote):
    """A statement whose text is exactly its span of the article's text: it refers to
    the article's `Paragraphs` and slices the text when asked, instead of keeping a copy
    (statement texts were the largest part of a library's quotes). Made by `spanned`;
    equal to, and hashed as, the Quote with the same values. Pickled with a reference
    to the `Paragraphs`, which the pickle shares with its article (or the analysis
    cache resolves to it)."""

    __slots__ = ("_body",)
    _body: Paragraphs

    def __new__(cls, *args: Any, **kwargs: Any) -> Quote:  # type: ignore[misc]
        """Built like a Quote (dataclasses.replace does), it is one."""
        return Quote(*args, **kwargs)

    @property  # type: ignore[override]
    def text(self) -> str:
        return self._body.text[self.start : self.end]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quote):
            return NotImplemented
        return _quote_values(self) == _quote_values(other)

    __hash__ = Quote.__hash__

    def __repr__(self) -> str:
        names = Quote.__match_args__
        values = ", ".join(f"{n}={v!r}" for n, v in zip(names, _quote_values(self), strict=True))
        return f"Quote({values})"

    def __reduce__(self) -> tuple:
        """Its kind, attribution and three offsets as one number: a library's stored
        quotes index holds close to a million statements, and the pickle keeps every
        statement's arguments until the whole index is read (fewer, smaller ones)."""
        code = _KIND_CODES[self.kind] | _HOW_CODES[self.how] << 2
        code |= self.sentence << 4 | self.start << 24 | self.end << 44
        return _span_quote, (self._body, self.speaker, self.speaker_role, self.cue, code)


_CODE_LIMIT = 1 << 20  # offsets and sentence numbers a SpanQuote's code holds
_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "indirect")
_HOWS: tuple[Attribution, ...] = ("named", "resolved", "carried", "unattributed")
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}
_HOW_CODES = {how: code for code, how in enumerate(_HOWS)}


def _quote_values(quote: Quote) -> tuple[Any, ...]:
    return tuple(getattr(quote, name) for name in Quote.__match_args__)


def _span_quote(
    body: Paragraphs, speaker: str | None, role: str | None, cue: str | None, code: int
) -> Quote:
    shared = SHARED_INTS
    top = len(shared)
    sentence, start, end = code >> 4 & 0xFFFFF, code >> 24 & 0xFFFFF, code >> 44
    self = object.__new__(SpanQuote)
    setter = object.__setattr__
    setter(self, "_body", body)
    setter(self, "kind", _KINDS[code & 3])
    setter(self, "speaker", _shared(speaker))
    setter(self, "start", shared[start] if start < top else start)
    setter(self, "end", shared[end] if end < top else end)
    setter(self, "sentence", shared[sentence] if sentence < top else sentence)
    setter(self, "speaker_role", _shared(role))
    setter(self, "cue", _shared(cue))
    setter(self, "how", _HOWS[code >> 2 & 3])
    return self


def spanned(quote: Quote, article: Article) -> Quote:
    """`quote` as a SpanQuote of `article` when its text is its span there (always, for
    the engine's statements; offsets under 2**20), else as it is."""
    start, end, sentence = quote.start, quote.end, quote.sentence
    if type(quote) is not Quote or not (0 <= start <= end < _CODE_LIMIT > sentence >= 0):
        return quote
    if article.text[start:end] != quote.text:
        return quote
    self = object.__new__(SpanQuote)
    setter = object.__setattr__
    setter(self, "_body", article._layout)
    for name in Quote.__match_args__[1:]:
        setter(self, name, getattr(quote, name))
    return self


def _by_position(value: Any) -> tuple:
    """Pickle a frozen dataclass as its constructor's arguments: a frozen slots class
    otherwise unpickles through dataclasses' generic __setstate__, several times slower
    (the analysis cache reads hundreds of thousands of these at a start)."""
    cls = type(value)
    return _interned, (cls, tuple(getattr(value, name) for name in cls.__match_args__))


def _interned(cls: type, values: tuple[Any, ...]) -> Any:
    """Rebuild with short strings (kinds, names, roles, cues) and offsets shared: each
    article's pickle would otherwise bring its own copy of "direct", "named", a
    speaker's name or the number 1042, repeated all over a library."""
    return cls(*[_shared(v) for v in values])


def _shared(value: Any) -> Any:
    kind = type(value)
    if kind is str and len(value) <= _INTERN_UP_TO:
        return sys.intern(value)
    if kind is int and 0 <= value < len(SHARED_INTS):
        return SHARED_INTS[value]
    return value


_INTERN_UP_TO = 64
# Offsets into article texts, one object each: a sentence's start and end would
# otherwise be two new ints of 28 bytes (above 256, Python shares none), in every
# sentence, paragraph and statement of a library. 2.4 MB, once.
SHARED_INTS: tuple[int, ...] = tuple(range(1 << 16))
SHARED_FROM = 257  # below, Python shares small ints itself
