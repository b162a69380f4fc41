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
    """An article's paragraphs and sentences, held as one array of spans into its text.

    A loaded library holds hundreds of thousands of articles, and one object per sentence
    and paragraph was the largest part of it (about 2 KB an article). Here an article
    keeps its spans (a few hundred bytes) and builds the objects when asked; the most
    recently built articles' objects are kept (`_RECENT`), so an engine that walks one
    article sentence by sentence builds them once. Equal to the tuple it was made of."""

    __slots__ = ("_count", "_folded", "_spans", "_text")
    _text: str
    _spans: array
    _folded: tuple[tuple[int, str], ...]  # sentences whose text is not their span (folded)
    _count: int

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
        self._text = text
        self._spans = _compact(spans)
        self._folded = tuple(folded)
        self._count = count

    @classmethod
    def stored(cls, text: str, spans: array, folded: tuple[tuple[int, str], ...]) -> Paragraphs:
        """Paragraphs from their stored spans (as `spans_bytes` wrote them)."""
        self = object.__new__(cls)
        self._text = text
        self._spans = spans
        self._folded = folded
        count = cursor = 0
        while cursor < len(spans):
            cursor += 3 + 2 * spans[cursor + 2]
            count += 1
        self._count = count
        return self

    def _built(self) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
        key = id(self)
        with _RECENT_LOCK:
            hit = _RECENT.get(key)
            if hit is not None:
                _RECENT.move_to_end(key)
                return hit[1], hit[2]
        paragraphs, sentences = _build(self._text, self._spans, self._folded)
        with _RECENT_LOCK:
            _RECENT[key] = (self, paragraphs, sentences)
            if len(_RECENT) > _RECENT_ARTICLES:
                _RECENT.popitem(last=False)
        return paragraphs, sentences

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._built()[1]

    def spans_bytes(self) -> tuple[str, bytes]:
        """The stored form: the array's typecode and bytes."""
        return self._spans.typecode, self._spans.tobytes()

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
            if self._spans == other._spans and self._folded == other._folded:
                return self._text is other._text or self._text == other._text
            return False
        if isinstance(other, tuple):
            return self._built()[0] == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._built()[0])

    def __repr__(self) -> str:
        return repr(self._built()[0])

    def __reduce__(self) -> tuple:
        return tuple, (self._built()[0],)


_RECENT_ARTICLES = 256
_RECENT: OrderedDict[int, tuple[Paragraphs, tuple[Paragraph, ...], tuple[Sentence, ...]]]
_RECENT = OrderedDict()
_RECENT_LOCK = threading.Lock()


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


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. `key` is its path relative to the articles folder (posix).

    `paragraphs` may be given as any sequence of Paragraph; it is kept as `Paragraphs`
    (spans into `text`), which builds the objects on demand."""

    key: str
    path: str
    text: str
    title: str
    subtitle: str | None
    byline: str | None
    dateline: str | None
    published: datetime | None
    modified: float
    paragraphs: Sequence[Paragraph]
    source: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()
    size: int = 0

    def __post_init__(self) -> None:
        paragraphs = self.paragraphs
        if not isinstance(paragraphs, Paragraphs) or paragraphs._text is not self.text:
            object.__setattr__(self, "paragraphs", Paragraphs(self.text, paragraphs))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._layout.sentences

    @property
    def _layout(self) -> Paragraphs:
        return self.paragraphs  # type: ignore[return-value]  # always, see __post_init__

    def __reduce__(self) -> tuple:
        """Pickle the text and the spans only: sentences and paragraphs are rebuilt from
        them when asked, which is several times faster than pickling each object when
        worker processes hand thousands of articles back to the loader, or the analysis
        cache reads a whole library."""
        paragraphs = self._layout
        typecode, spans = paragraphs.spans_bytes()
        fields: tuple[Any, ...] = (self.key, self.path, self.text, self.title, self.subtitle)
        fields += (self.byline, self.dateline, self.published, self.modified, self.source, self.url)
        state = (fields, self.warnings, self.size, spans, paragraphs._folded, typecode)
        return _rebuild_article, state

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
    fields: tuple[Any, ...],
    warnings: tuple[str, ...],
    size: int,
    layout: bytes,
    folded: tuple[tuple[int, str], ...] = (),
    typecode: str = "i",
) -> Article:
    spans = array(typecode)
    spans.frombytes(layout)
    key, path, text, title, subtitle, byline, dateline, published, modified, source, url = fields
    return Article(
        key,
        path,
        text,
        title,
        subtitle,
        byline,
        dateline,
        published,
        modified,
        Paragraphs.stored(text, spans, folded),
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
