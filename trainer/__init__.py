"""trainer: turn news articles into factual quizzes, flashcards and Anki decks."""

__version__ = "0.1.0"
