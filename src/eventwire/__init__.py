"""eventwire: news articles in, sourced conflict event records out."""

__version__ = "0.1.0"
