"""factline: reconstruct a news story from many articles in several languages."""

__version__ = "0.1.0"
