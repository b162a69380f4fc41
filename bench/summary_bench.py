"""Speed of the summarizer: pure engine time per article beside sumy's TextRank on the
same sentences, and one very long article.

Times are CPU seconds of this process (time.process_time), the fastest of a few passes:
other processes on the machine then disturb the figures least.

    python -m bench.summary_bench [--corpus PATH] [--limit N] [--long-sentences N]

The corpus defaults to ../shared/corpora/bbc beside the project. sumy is optional: the
TextRank column is left out when it cannot be imported.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from bot.articles.loader import load_folder
from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.summarize import LENGTHS, rank, summarize, summary_from_ranking

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=500, help="articles to time (0: all)")
    parser.add_argument("--long-sentences", type=int, default=5000)
    args = parser.parse_args(argv)

    loaded = load_folder(args.corpus).articles
    articles = [a for a in loaded if a.sentences]
    if args.limit:
        articles = articles[: args.limit]
    if not articles:
        print(f"no articles under {args.corpus}")
        return 1
    mean_sentences = statistics.mean(len(a.sentences) for a in articles)
    print(f"corpus: {args.corpus}: {len(articles)} articles, {mean_sentences:.1f} sentences each")
    print()
    print(f"{'what (CPU time)':<44} {'ms/article':>11}")

    def row(label: str, seconds: float, n: int) -> None:
        print(f"{label:<44} {1000 * seconds / n:11.3f}")

    engine = _timed(articles, lambda a: summarize(a, 3))
    row("summarize(article, 3)", engine, len(articles))
    every = _timed(articles, _all_lengths)
    row(f"rank once + {len(LENGTHS)} lengths {sorted(LENGTHS.values())}", every, len(articles))
    textrank = _sumy_textrank()
    if textrank is not None:
        sumy_secs = _timed(articles, lambda a: textrank([s.text for s in a.sentences], 3))
        row("sumy TextRank, 3 sentences", sumy_secs, len(articles))
        print(f"{'speed-up over sumy TextRank':<44} {sumy_secs / engine:10.1f}x")
    else:
        print("sumy not importable: no TextRank column")

    long_article = _long_article(articles, args.long_sentences)
    n = len(long_article.sentences)
    print()
    print(f"one article of {n} sentences ({len(long_article.text):,} characters), best of 5:")
    for count in (3, 5, 40):
        best = min(_once(partial(summarize, long_article, count)) for _ in range(5))
        print(f"  summarize(article, {count:>2}): {1000 * best:8.1f} ms")
    return 0


def _all_lengths(article: Article) -> None:
    ranking = rank(article)
    for count in LENGTHS.values():
        summary_from_ranking(article, ranking, count)


def _timed(
    articles: Sequence[Article], work: Callable[[Article], object], passes: int = 3
) -> float:
    """Seconds for the fastest of `passes` passes over the articles, after a warm-up
    (imports, caches); the fastest pass is the one least disturbed by other processes."""
    for article in articles[:20]:
        work(article)
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for article in articles:
            work(article)
        best = min(best, time.process_time() - start)
    return best


def _once(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _long_article(articles: Sequence[Article], sentences: int) -> Article:
    """Paragraphs of the corpus, cycled, until the article has `sentences` sentences."""
    paragraphs: list[str] = []
    total = 0
    while total < sentences:
        for article in articles:
            for paragraph in article.paragraphs:
                paragraphs.append(paragraph.text)
                total += len(paragraph.sentences)
                if total >= sentences:
                    break
            if total >= sentences:
                break
    text = "A very long report on everything\n\n" + "\n\n".join(paragraphs) + "\n"
    return parse_article(text, key="long.txt")


def _sumy_textrank() -> Callable[[list[str], int], list[str]] | None:
    """sumy's TextRank set up as the summary scorer does (regex tokenizer, no NLTK)."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except Exception:  # any failure to import means: no comparison column
        return None

    class Tokenizer:
        language = "english"

        def to_sentences(self, text: str) -> tuple[str, ...]:
            return (text,)

        def to_words(self, text: str) -> tuple[str, ...]:
            return tuple(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text))

    tokenizer = Tokenizer()
    summarizer = TextRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(sentences: list[str], count: int) -> list[str]:
        doc = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
        return [str(s) for s in summarizer(doc, count)]

    return run


if __name__ == "__main__":
    raise SystemExit(main())
