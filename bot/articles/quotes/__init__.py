"""Quotes and their speakers: who said what in one article.

The rules follow news style. A quotation is a stretch between marks (“…”, "…", ``…'',
''…'', «…», and ‘…’ when not an apostrophe); a paragraph that reopens a mark without
closing the previous one continues the same quotation (the wire convention). Each quote is
attributed from its own sentence first (“…,” X said / said X / X said: “…” / X warned of a
“…” response / according to X), then from its neighbours (another quote of the paragraph,
a colon-introduced paragraph, the previous paragraph's speaker). A pronoun takes the
first subject of its own sentence; beyond it, a small learned scorer (`referents`) weighs
the people of the article (distance, position, salience, the previous speaker). Bare
surnames and roles ("the minister") resolve to the most recent compatible person. Short quotes that
no reporting verb governs are scare quotes or titles, not statements, unless a reporting
verb or a label ("offered himself as a “…”") of their sentence comes before them or they
are a sentence of their own ("“Very good.”"): those are partial quotes of the sentence's
subject (or of the quote before). Reported speech
("X said (that) …", "X accused Y of …") is returned as kind "indirect".

The modules, in the order attribute_article uses them:

- `mentions`: the prescan that registers the people and bodies an article names;
- `cues`: the speaker expression of one quotation from its own sentence, an ordered
  sequence of cue rules;
- `carry`: quotations without a cue take a neighbour's speaker;
- `reported`: reported speech;
- `output`: Quote and Person out;
- `referents`: who "he"/"she" (and a cue-less paragraph's quote) stands for beyond its
  own sentence, a linear model over candidates whose weights `referent_weights` holds
  (refit with `python -m bench.speaker_fit --write`);
- `found` (the per-quotation record) and `verbs` (where reporting verbs stand) serve them.

Beside the package: `quote_marks` pairs the marks, `tokens` cuts words, `phrases` finds
the noun phrase that names a speaker, and `cast` keeps the people and bodies with the
timeline of their mentions.
"""

from __future__ import annotations

from bot.articles.quotes.engine import attribute_article

__all__ = ["attribute_article"]
