"""The crawler: one source's web site or folder into the raw store, politely, incrementally,
resumably and safely (see `run` for how a crawl runs).

The public surface is what the stages, the commands and the flow need; the modules below are
its parts, for tests and for whoever changes one of them:

    run         the crawl loop and its entry point, `crawl_source`
    frontier    the URLs to visit, seen and done; resuming a killed crawl
    discovery   robots.txt and sitemaps
    fetch       one URL over HTTP (redirects, retries, size and type rules) or from a file
    links       the links of an HTML page
    politeness  per-host delay and concurrency, robots.txt rules
    safety      schemes, domains, private addresses, file roots
    state       the state kept between crawls (validators, frontier)
    records     the crawl's log rows and the records of stored versions
    urls        URL normalisation (w3lib) and the domain rule
    clock       the injected clock
"""

from mpdp_pipeline.crawl.clock import Clock
from mpdp_pipeline.crawl.run import CrawlResult, crawl_source, failed_crawl

__all__ = ["Clock", "CrawlResult", "crawl_source", "failed_crawl"]
