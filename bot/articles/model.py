"""The article engine's value types: plain, immutable, Discord-free.

Every span (`start`, `end`) is a Python string index into `Article.text`, the file's
decoded text with any BOM removed, so that tools can line results up with the file.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

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


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. `key` is its path relative to the articles folder (posix)."""

    key: str
    path: str
    text: str
    title: str
    subtitle: str | None
    byline: str | None
    dateline: str | None
    published: datetime | None
    modified: float
    paragraphs: tuple[Paragraph, ...]
    source: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()
    size: int = 0
    sentences: tuple[Sentence, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flat = tuple(s for p in self.paragraphs for s in p.sentences)
        object.__setattr__(self, "sentences", flat)

    def __reduce__(self) -> tuple:
        """Pickle the text and the spans only: sentences and paragraphs are rebuilt from
        them, which is several times faster than pickling each object when worker
        processes hand thousands of articles back to the loader, or the analysis cache
        reads a whole library. A sentence's text is its span of the text unless white
        space was folded: only those few are stored."""
        layout = array("i")
        folded: list[tuple[int, str]] = []
        text = self.text
        for paragraph in self.paragraphs:
            layout.extend((paragraph.start, paragraph.end, len(paragraph.sentences)))
            for sentence in paragraph.sentences:
                layout.extend((sentence.start, sentence.end))
                if sentence.text != text[sentence.start : sentence.end]:
                    folded.append((sentence.index, sentence.text))
        fields: tuple[Any, ...] = (self.key, self.path, self.text, self.title, self.subtitle)
        fields += (self.byline, self.dateline, self.published, self.modified, self.source, self.url)
        state = (fields, self.warnings, self.size, layout.tobytes(), tuple(folded))
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
) -> Article:
    raw = array("i")
    raw.frombytes(layout)
    shared = _SHARED_INTS
    top = len(shared)
    spans = [shared[v] if 0 <= v < top else v for v in raw]
    text = fields[2]
    texts = dict(folded)
    span = SpanSentence.of
    paragraphs: list[Paragraph] = []
    cursor = index = 0
    while cursor < len(spans):
        start, end, count = spans[cursor : cursor + 3]
        cursor += 3
        sentences = []
        number = len(paragraphs)
        for _ in range(count):
            s, e = spans[cursor], spans[cursor + 1]
            cursor += 2
            sentence_text = texts.get(index) if texts else None
            if sentence_text is None:
                sentences.append(span(text, s, e, number, index))
            else:
                sentences.append(Sentence(sentence_text, s, e, number, index))
            index += 1
        paragraphs.append(Paragraph(start, end, tuple(sentences)))
    key, path, _, title, subtitle, byline, dateline, published, modified, source, url = fields
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
        tuple(paragraphs),
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
    if kind is int and 0 <= value < len(_SHARED_INTS):
        return _SHARED_INTS[value]
    return value


_INTERN_UP_TO = 64
# Offsets into article texts, one object each: a sentence's start and end would
# otherwise be two new ints of 28 bytes (above 256, Python shares none), in every
# sentence, paragraph and statement of a library. 2.4 MB, once.
_SHARED_INTS: tuple[int, ...] = tuple(range(1 << 16))
