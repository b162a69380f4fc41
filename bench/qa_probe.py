"""Where `/ask` loses a reader question: the article search, the sentence ranking or the
answer picked out of the sentence.

For each question of a gold file (the `score_ask.py` format) it runs the engine in one
process, says whether the first reply line holds the answer (as the scorer does), and for
a miss, where the gold article and the gold sentence stand: the article's rank in the
article search, and the rank of the first answering sentence among the engine's answers.
A tuning aid for train questions; it never reads a gold file the project ships.

    python -m bench.qa_probe ../shared/eval/bbc-qa-train.json ../shared/corpora/bbc [--show]

`--set NAME=VALUE` tries a constant of `qa/rank.py` or `qa/extract.py` for one run
("TYPE_WEIGHT=0.8", "TYPE_SHARE.quantity=1.2"), without editing the code.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType


def scorer_module(path: Path) -> ModuleType:
    """The shared score_ask.py, imported from its path (it is no package)."""
    spec = importlib.util.spec_from_file_location("score_ask", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", action="store_true", help="print each miss and where it is lost")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE: a rank constant")
    parser.add_argument("--scorer", type=Path, default=None, help="score_ask.py (beside GOLD)")
    args = parser.parse_args(argv)
    os.environ["ARTICLES_DIR"] = str(args.corpus.resolve())
    scorer = scorer_module(args.scorer or args.gold.parent / "score_ask.py")

    from bot.articles.qa import extract, rank
    from bot.console import answer
    from bot.live import build_library
    from config.settings import Settings

    for item in args.set:  # trying a constant: "TYPE_WEIGHT=0.8", "TYPE_SHARE.quantity=1.2"
        name, value = item.split("=")
        module = rank if hasattr(rank, name.split(".")[0]) else extract
        if "." in name:
            getattr(module, name.split(".")[0])[name.split(".")[1]] = float(value)
        else:
            setattr(module, name, type(getattr(module, name))(float(value)))
    library = build_library(Settings())
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["questions"]
    classes: Counter[str] = Counter()
    kinds: dict[str, list[bool]] = {}
    for q in gold:
        reply = answer(library, f"/ask {q['question']}")
        embed = reply.pages[0] if reply.pages else None
        first = ((embed.description if embed else "") or reply.content or "").split("\n", 1)[0]
        ok = bool(scorer.hit(first, q))
        kinds.setdefault(q.get("kind", "?"), []).append(ok)
        if ok:
            continue
        question = rank.read_question(q["question"])
        ranked = rank._articles(question, library.search, library.by_key, None)
        keys = [a.key for a, _ in ranked]
        at = keys.index(q["path"]) if q["path"] in keys else -1
        found = rank.find_answers(q["question"], library.search, library.by_key, limit=20)
        sentence_at = next((i for i, a in enumerate(found) if scorer.hit(a.sentence.text, q)), -1)
        where = (
            "article not searched"
            if at < 0
            else "sentence not read"
            if sentence_at < 0
            else "sentence ranked lower"
            if sentence_at > 0
            else "not sure enough"
            if not found[0].supported
            else "reply"
        )
        classes[where] += 1
        if at < 0:
            query = " ".join(word for word, _ in question.terms)
            searched = [k for k, _ in library.search.article_scores(query, limit=100)]
            far = searched.index(q["path"]) if q["path"] in searched else -1
            scores = dict(library.search.article_scores(query, limit=100))
            share = scores.get(q["path"], 0.0) / max(scores.values(), default=1.0)
            classes[f"  article search rank {far if far < 20 else '20+'} share {share:.2f}"] += 1
        if args.show:
            top = found[0] if found else None
            print(f"- [{where}] {q['question']!r} want {q['answer']!r} ({question.type})")
            print(f"    article rank {at} of {len(keys)}; answering sentence rank {sentence_at}")
            print(f"    gold sentence {q['path']}: {q.get('sentence', '')[:150]!r}")
            if top is not None:
                cand = top.candidate.text if top.candidate else None
                print(f"    top {top.article_key} {top.score:.3f} {top.supported} {cand!r}")
                print(f"        {top.sentence.text[:150]!r}")
            if sentence_at > 0:
                good = found[sentence_at]
                cand = good.candidate.text if good.candidate else None
                print(f"    gold {good.article_key} {good.score:.3f} {good.supported} {cand!r}")
    n = len(gold)
    hits = sum(sum(v) for v in kinds.values())
    print(f"answer@1 {hits / n:.3f} ({hits}/{n})")
    print("by kind: " + ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(kinds.items())))
    print("misses lost at: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
