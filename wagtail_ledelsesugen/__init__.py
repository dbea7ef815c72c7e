"""Events, signup and content for Leadership Week (Ledelsesugen) on Wagtail sites."""

__version__ = "0.1.0.dev0"
