"""ROUGE of the bot's summaries at any lengths K beside Lead-K, TextRank, LexRank and
Luhn, in process: score_summaries.py scores only K = 3 and the matched length.

Uses the scorer module itself for the corpus, the reference split and the baselines, so
the figures are the scorer's (rouge-score with the stemmer, F1 x 100).

    python -m bench.summary_lengths [--split PATH] [--scorer PATH] [--lengths 1,2,4,5]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from bench.summary_fit import SHARED, _scorer, summary_pairs
from bot.articles.summarize import summarize

KEYS = ("rouge1", "rouge2", "rougeL")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, default=SHARED / "bbc-summary-train")
    parser.add_argument("--scorer", type=Path, default=SHARED / "score_summaries.py")
    parser.add_argument("--lengths", default="1,2,4,5")
    args = parser.parse_args(argv)
    from rouge_score import rouge_scorer

    scorer = _scorer(args.scorer)
    layout, _, _ = scorer.find_layout(args.split) or (None, None, None)
    baselines, note = scorer.make_sumy()
    rouge = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    pairs = [
        (article, scorer.body_sentences(text, layout)[1], refs)
        for article, text, refs in summary_pairs(scorer, args.split)
    ]
    print(f"{args.split}: {len(pairs)} articles" + (f"; {note}" if note else ""))
    rows = ["system", "Lead-K", *baselines]
    print(f"{'K':>2} {'system':<10} {'R1':>6} {'R2':>6} {'RL':>6}")
    for k in (int(x) for x in args.lengths.split(",")):
        sums = {row: [0.0] * len(KEYS) for row in rows}
        for article, body, refs in pairs:
            outputs = {
                "system": [s.text for s in summarize(article, k)],
                "Lead-K": body[:k],
                **{name: run(body, k) for name, run in baselines.items()},
            }
            for row, predicted in outputs.items():
                scores = rouge.score("\n".join(refs), "\n".join(predicted))
                for i, key in enumerate(KEYS):
                    sums[row][i] += scores[key].fmeasure
        for row in rows:
            r1, r2, rl = (100 * v / len(pairs) for v in sums[row])
            print(f"{k:>2} {row:<10} {r1:6.2f} {r2:6.2f} {rl:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
