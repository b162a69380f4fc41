"""State that survives restarts and is not an article (feeds, subscriptions, seen
entries, poll state): one SQLite database, owned by bot/state/db.py."""

from bot.state.db import (
    AlreadySubscribed,
    EntryMark,
    Feed,
    FeedStatus,
    State,
    StateError,
    Subscription,
)

__all__ = [
    "AlreadySubscribed",
    "EntryMark",
    "Feed",
    "FeedStatus",
    "State",
    "StateError",
    "Subscription",
]
