"""Question answering over the library: read the question (`question`), find the sentence
that answers it (`rank`) and pick the answer out of it (`extract`). Discord-free."""

from bot.articles.qa.question import AnswerType, Question, read_question
from bot.articles.qa.rank import Answer, Candidate, find_answers

__all__ = ["Answer", "AnswerType", "Candidate", "Question", "find_answers", "read_question"]
