"""Settings for the test suite: the project's own, in development mode.

`pytest` alone then works as `make test` does; the test runner itself turns
DEBUG off while tests run, as Django always does.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from factcheck.settings import *  # noqa: F403
