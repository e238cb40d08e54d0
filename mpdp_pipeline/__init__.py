"""mpdp-pipeline: crawl, extract, publish and check the MPDP recipients' reported activities."""

__version__ = "0.1.0"
