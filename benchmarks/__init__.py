"""Speed and memory at scale, measured as figures against targets: `python -m benchmarks`."""
