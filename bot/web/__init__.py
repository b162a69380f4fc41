"""The web side of the bot, Discord-free: fetch pages safely, extract articles, write
them as article files. Feeds and links both end in `article_file.write_article`, so the
live library picks up web news exactly like a file written by hand."""
