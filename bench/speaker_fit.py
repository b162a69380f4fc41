"""Refit the referent scorer's weights (bot/articles/quotes/referent_weights.py).

Runs the quote engine over the train splits with a recorder in place of the scorer: each
time a "he" or "she" is resolved, the recorder keeps the candidates with their features
(quotes/referents.py) and lets the rules' pick stand. Each recorded pronoun is labelled
with its true referent:

- PolNeAR train (brat standoff): a Source span that is "he"/"she" is matched to the
  pronoun at the same offset; its referent is the nearest named Source before the
  attributed content (the proxy score_quotes.py scores pronoun sources against);
- BBC whosaid train: a hand-labelled quotation whose cue is a pronoun (the recorded
  pronoun just after the closing mark, or just before the opening one); its referent is
  the labelled speaker.

A candidate is right when it shares a name word with the referent. Pronouns whose right
referent is not among the candidates teach nothing and are left out. The weights are
fitted as a conditional logit (softmax over each pronoun's candidates) with an L2 penalty,
by gradient descent. Fit on the train splits only; check on dev with the scorers.

    python -m bench.speaker_fit [--polnear PATH] [--bbc PATH --bbc-corpus PATH] [--l2 X]
        [--write]

Needs numpy (a tool for the developer, not a dependency of the bot).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import bot.articles.quotes.engine as engine
from bot.articles.cast import Cast
from bot.articles.loader import read_article
from bot.articles.parse import ArticleError
from bot.articles.quotes.referent_weights import WEIGHTS
from bot.articles.quotes.referents import FEATURES, candidates

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (or beside the folder of worktrees)
SHARED = next(
    (d / "shared" / "eval" for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared").is_dir()),
    ROOT.parent / "shared" / "eval",
)
WEIGHTS_FILE = ROOT / "bot" / "articles" / "quotes" / "referent_weights.py"

# the proxy referent (the nearest named source before) is trusted only this close
MAX_PROXY_CHARS = 400

# one recorded pronoun: (its position, the candidates' feature lists, their names)
Record = tuple[int, list[list[int]], list[set[str]]]
# one training example: (the candidates' feature lists, which candidates are right)
Example = tuple[list[list[int]], list[bool]]


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look themselves up here
    spec.loader.exec_module(module)
    return module


def _recorded(path: Path, words: Callable[[str], set[str]]) -> tuple[str, list[Record]] | None:
    """The article's text and every he/she the engine resolved in it, with candidates."""
    try:
        article = read_article(path, key=path.name)
    except (ArticleError, OSError):
        return None
    records: list[Record] = []

    def recorder(cast: Cast, gender: str, pos: int, at: int, pick: int | None) -> int | None:
        ids, feats = candidates(cast, gender, pos, at, pick)
        names = []
        for i in ids:
            e = cast.entities[i]
            names.append(words(" ".join([e.name, *e.aliases])))
        records.append((at, feats, names))
        return pick

    saved = engine.choose
    engine.choose = recorder  # type: ignore[assignment]
    try:
        engine.attribute_article(article)
    finally:
        engine.choose = saved
    return article.text, records


def _example(record: Record, referent: set[str]) -> Example | None:
    _, feats, names = record
    right = [bool(n & referent) for n in names]
    if not any(right) or all(right):
        return None  # nothing to learn: the referent is not a candidate, or all are
    return feats, right


def _why_left_out(record: Record, referent: set[str]) -> str:
    """Why a recorded pronoun teaches nothing (for --breakdown)."""
    names = record[2]
    if not any(n & referent for n in names):
        return "left out: the proxy referent is not a candidate"
    return "left out: every candidate is right (mostly: the only one)"


def polnear_examples(
    split: Path,
    scorer: ModuleType,
    tally: Counter[str] | None = None,
    quoted: list[bool] | None = None,
) -> list[Example]:
    """Examples from the pronoun Sources of a PolNeAR split; `tally` counts what became
    of every "he"/"she" Source (where the pronoun sources the scorer misses are lost),
    again under "quoted: " for those whose content holds a quotation (the only ones the
    proxy of score_quotes.py scores); `quoted` gets one flag per example, the same."""
    out: list[Example] = []
    if tally is None:
        tally = Counter()
    if quoted is None:
        quoted = []
    texts = {p.stem: p for p in sorted((split / "text").glob("*.txt"))}
    done: set[str] = set()
    for ann in sorted((split / "attributions").glob("*.ann")):
        base = ann.stem if ann.stem in texts else ann.stem.rsplit("_", 1)[0]
        if base not in texts or base in done:
            continue
        done.add(base)
        got = _recorded(texts[base], scorer.name_tokens)
        if got is None:
            continue
        text, records = got
        by_at = {r[0]: r for r in records}
        attributions = scorer.parse_ann(ann)
        named = sorted(
            (s[0][0], st)
            for _, s, st in attributions
            if s and scorer.GoldQuote("", 0, 0, "", st).source_kind == "named"
        )
        for contents, sources, source_text in attributions:
            if not sources or source_text.strip().lower() not in ("he", "she"):
                continue
            record = by_at.get(sources[0][0])
            before = [st for p, st in named if p < contents[0][0]]
            near = [p for p, _ in named if p < contents[0][0]]
            has_quote = any(
                scorer.quotes_in(text, max(0, lo - 2), min(len(text), hi + 2))
                for lo, hi in contents
            )
            if record is None:
                # resolved within its own sentence (the scorer is not asked), or the
                # engine did not take the pronoun as the quotation's cue; mostly an
                # attribution without a quotation (reported speech, not scored)
                why = "left out: the scorer is not asked"
            elif not before or sources[0][0] - near[-1] > MAX_PROXY_CHARS:
                why = "left out: no named source near before"
            else:
                referent = scorer.name_tokens(before[-1])
                ex = _example(record, referent)
                if ex is not None:
                    out.append(ex)
                    quoted.append(has_quote)
                    continue
                why = _why_left_out(record, referent)
            tally[why] += 1
            if has_quote:
                tally["quoted: " + why] += 1
    return out


def bbc_examples(labels: Path, corpus: Path, scorer: ModuleType) -> list[Example]:
    """Examples from the hand-labelled BBC quotations cued by a pronoun."""
    out: list[Example] = []
    for item in json.loads(labels.read_text(encoding="utf-8"))["articles"]:
        got = _recorded(corpus / item["path"], scorer.name_tokens)
        if got is None:
            continue
        text, records = got
        for q in item["quotes"]:
            a = text.find(q["text"])
            if a < 0 or not q.get("named"):
                continue
            b = a + len(q["text"])
            near = [r for r in records if b <= r[0] <= b + 12 or a - 60 <= r[0] < a]
            if not near:
                continue
            record = min(near, key=lambda r: min(abs(r[0] - a), abs(r[0] - b)))
            referent = scorer.name_tokens(" ".join([q["speaker"], *q.get("aliases", [])]))
            ex = _example(record, referent)
            if ex is not None:
                out.append(ex)
    return out


def fit(
    examples: list[Example], l2: float, weights: list[float] | None = None, steps: int = 1500
) -> list[float]:
    """Conditional logit by full-batch gradient descent (Adam); `weights`: how much each
    example counts (1 each by default)."""
    import numpy as np

    d = len(FEATURES)
    rows, groups, right = [], [], []
    for g, (feats, ok) in enumerate(examples):
        for on, r in zip(feats, ok, strict=True):
            x = np.zeros(d)
            x[on] = 1.0
            rows.append(x)
            groups.append(g)
            right.append(r)
    x = np.array(rows)
    grp = np.array(groups)
    y = np.array(right, dtype=float)
    n = len(examples)
    counts = np.array(weights if weights is not None else [1.0] * n)
    w = np.zeros(d)
    m = np.zeros(d)
    v = np.zeros(d)
    for t in range(1, steps + 1):
        s = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, grp, s)
        e = np.exp(s - top[grp])
        z = np.zeros(n)
        np.add.at(z, grp, e)
        p = e / z[grp]
        # the target: the right candidates share the probability mass equally
        k = np.zeros(n)
        np.add.at(k, grp, y)
        q = y / k[grp]
        grad = x.T @ ((p - q) * counts[grp]) / counts.sum() + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return [float(round(c, 3)) for c in w]


def accuracy(examples: list[Example], weights: list[float]) -> float:
    hits = 0
    for feats, ok in examples:
        scores = [sum(weights[j] for j in on) for on in feats]
        hits += ok[scores.index(max(scores))]
    return hits / len(examples) if examples else 0.0


def _print_breakdown(tally: Counter[str], examples: list[Example], quoted: list[bool]) -> None:
    """One line per fate: how many "he"/"she" Sources, and how many of them with a
    quotation in their content (what the proxy scores)."""
    current = [WEIGHTS.get(name, 0.0) for name in FEATURES]
    for flag in (False, True):
        some = [ex for ex, q in zip(examples, quoted, strict=True) if q or not flag]
        right = round(accuracy(some, current) * len(some))
        prefix = "quoted: " if flag else ""
        tally[prefix + "weighed: the current weights pick the proxy referent"] = right
        tally[prefix + "weighed: the current weights pick another candidate"] = len(some) - right
    print("    all  quoted")
    for why, n in sorted(tally.items()):
        if not why.startswith("quoted: "):
            print(f"  {n:5}  {tally['quoted: ' + why]:6}  {why}")


def write(weights: list[float]) -> None:
    lines = [f'    "{name}": {w!r},' for name, w in zip(FEATURES, weights, strict=True)]
    WEIGHTS_FILE.write_text(
        '"""Weights of the referent scorer (quotes/referents.py), written by '
        "bench/speaker_fit.py.\n"
        'Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Final\n\n"
        "WEIGHTS: Final[dict[str, float]] = {\n" + "\n".join(lines) + "\n}\n",
        encoding="utf-8",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, default=SHARED / "polnear-train")
    ap.add_argument("--bbc", type=Path, default=SHARED / "bbc-whosaid-train.json")
    ap.add_argument("--bbc-corpus", type=Path, default=SHARED.parent / "corpora" / "bbc")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument(
        "--bbc-weight",
        type=float,
        default=5.0,
        help="how much a BBC example counts beside a PolNeAR one (its label is the true "
        "speaker, not the nearest named source)",
    )
    ap.add_argument("--write", action="store_true", help="write referent_weights.py")
    ap.add_argument(
        "--breakdown",
        action="store_true",
        help="count what became of every PolNeAR pronoun source, and how the current "
        "weights fare on those the scorer weighs",
    )
    args = ap.parse_args()
    quotes_scorer = _module(args.polnear.parent / "score_quotes.py", "score_quotes")
    tally: Counter[str] = Counter()
    quoted: list[bool] = []
    examples = polnear_examples(args.polnear, quotes_scorer, tally, quoted)
    print(f"PolNeAR pronouns with their referent among the candidates: {len(examples)}")
    if args.breakdown:
        _print_breakdown(tally, examples, quoted)
    counts = [1.0] * len(examples)
    if args.bbc.is_file():
        bbc = bbc_examples(args.bbc, args.bbc_corpus, quotes_scorer)
        print(f"BBC pronouns with their referent among the candidates: {len(bbc)}")
        rule_w = [1.0 if name == "rule" else 0.0 for name in FEATURES]
        print(f"rules' pick right (BBC): {accuracy(bbc, rule_w):.3f}")
        examples += bbc
        counts += [args.bbc_weight] * len(bbc)
    rule = [1.0 if name == "rule" else 0.0 for name in FEATURES]
    print(f"rules' pick right: {accuracy(examples, rule):.3f}")
    weights = fit(examples, args.l2, counts)
    print(f"scorer's pick right (train): {accuracy(examples, weights):.3f}")
    if args.bbc.is_file():
        print(f"scorer's pick right (BBC train): {accuracy(bbc, weights):.3f}")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:18} {w:7.3f}")
    if args.write:
        write(weights)
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
