"""factline: reconstruct a news story from many articles in several languages."""

from pathlib import Path

__version__ = "0.1.0"

# Models, tables and the example story that ship inside the package.
DATA_DIR = Path(__file__).resolve().parent / "data"
