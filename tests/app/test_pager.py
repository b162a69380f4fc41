"""The pager view directly: its buttons follow the page shown, a page number never leaves
the reply, only the caller turns pages, and a timeout removes the buttons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import discord

from bot.interactions import Pager
from bot.replies import Reply, paged

OWNER = 1001


@dataclass
class Response:
    sent: list[dict[str, Any]] = field(default_factory=list)
    edited: list[dict[str, Any]] = field(default_factory=list)

    async def send_message(self, content: str, **kwargs: Any) -> None:
        self.sent.append({"content": content, **kwargs})

    async def edit_message(self, **kwargs: Any) -> None:
        self.edited.append(kwargs)


@dataclass
class User:
    id: int


@dataclass
class Click:
    """What the pager reads of an interaction: who clicked, and where to answer."""

    user: User
    response: Response = field(default_factory=Response)


def clicked_by(user_id: int) -> tuple[discord.Interaction, Response]:
    """A stand-in interaction (only what the pager reads) and the answers it records."""
    click = Click(User(user_id))
    return cast(discord.Interaction, click), click.response


def pages(n: int) -> Reply:
    return paged([discord.Embed(title=f"Page {i}") for i in range(1, n + 1)])


def shown(pager: Pager) -> str | None:
    return pager.pages[pager.index].title


async def test_buttons_follow_the_page() -> None:
    pager = Pager(pages(3), OWNER)
    assert pager.counter.label == "1/3" and pager.counter.disabled
    assert pager.first_page.disabled and pager.previous_page.disabled
    assert not pager.next_page.disabled and not pager.last_page.disabled

    click, response = clicked_by(OWNER)
    await pager.next_page.callback(click)
    assert (shown(pager), pager.counter.label) == ("Page 2", "2/3")
    assert not pager.first_page.disabled and not pager.next_page.disabled
    assert response.edited[-1]["embed"].title == "Page 2"
    assert response.edited[-1]["view"] is pager

    await pager.last_page.callback(click)
    assert shown(pager) == "Page 3" and pager.next_page.disabled and pager.last_page.disabled
    await pager.first_page.callback(click)
    assert shown(pager) == "Page 1" and pager.previous_page.disabled


async def test_a_page_number_never_leaves_the_reply() -> None:
    pager = Pager(pages(2), OWNER)
    click, _ = clicked_by(OWNER)
    await pager._show(click, 9)
    assert shown(pager) == "Page 2"
    await pager._show(click, -4)
    assert shown(pager) == "Page 1"


async def test_only_the_caller_turns_pages() -> None:
    pager = Pager(pages(2), OWNER)
    stranger, response = clicked_by(OWNER + 1)
    assert not await pager.interaction_check(stranger)
    (told,) = response.sent
    assert told["ephemeral"] and "Only the person who ran this command" in told["content"]
    assert told["allowed_mentions"].users is False  # pings nobody
    assert await pager.interaction_check(clicked_by(OWNER)[0])


async def test_a_timeout_removes_the_buttons() -> None:
    class Sent:
        view: object = "buttons"

        async def edit(self, *, view: object) -> None:
            self.view = view

    pager = Pager(pages(2), OWNER)
    await pager.on_timeout()  # nothing was sent yet: nothing to edit
    message = Sent()
    pager.message = cast(discord.Message, message)
    await pager.on_timeout()
    assert message.view is None
